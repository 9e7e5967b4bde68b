import Foundation

/// What the diacritics restorer knows of Vietnamese: the syllables (Debian's hunspell-vi when it is
/// installed, and every syllable of the lexicon), each syllable's frequency and which syllables
/// follow one another (counted over `RestorationLexicon`, the administrative vocabulary written
/// for doclint). Built once per process, on the first OCR text: clean text never pays for it.
final class RestorationModel: Sendable {
    /// Syllables by id; id 0 is unused.
    let syllables: [String]
    /// Each syllable's scalars, lower case NFC, and their folded skeleton.
    let scalars: [[Unicode.Scalar]]
    /// Skeleton (folded, "d" for "đ") → ids of the syllables that share it, most frequent first.
    let bySkeleton: [String: [Int32]]
    /// log P(syllable), smoothed.
    let logUnigram: [Float]
    /// Bigram counts, key `previous << 32 | next`.
    let bigrams: [Int: Float]
    /// How often each syllable precedes another in the lexicon (the bigram denominator).
    let precedingCount: [Float]
    /// log of the share of a syllable's occurrences written with a capital (names of bodies and
    /// places: "Sở", "Đảng") and without one, smoothed; 0 for syllables the lexicon lacks.
    let logCapitalised: [Float]
    let logLowerCase: [Float]
    /// Abbreviations in capitals by their folded form ("qd" → "QĐ", "hdnd" → "HĐND").
    let acronyms: [String: [Unicode.Scalar]]
    /// Each syllable's skeleton, and the ids of the syllables by the first letter of it (the
    /// search for words OCR garbled beyond one letter per letter).
    let skeletons: [[UInt8]]
    let byFirstLetter: [[Int32]]

    static let shared = RestorationModel(dictionaryPath: "/usr/share/hunspell/vi_VN.dic")
    /// The id of "#", which stands for a number in the lexicon ("ngày # tháng # năm #"): numbers
    /// are context for the words around them, never restored.
    let numberID: Int32

    init(dictionaryPath: String?) {
        var ids: [String: Int32] = [:]
        var syllables = [""]
        func id(_ syllable: String) -> Int32 {
            if let known = ids[syllable] { return known }
            let new = Int32(syllables.count)
            ids[syllable] = new
            syllables.append(syllable)
            return new
        }
        var unigram: [Int32: Float] = [:]
        var capitalised: [Int32: Float] = [:]
        var bigram: [Int: Float] = [:]
        var preceding: [Int32: Float] = [:]
        for (phrase, weight) in RestorationLexicon.phrases() {
            var previous: Int32?
            for written in phrase {
                let word = written.lowercased()
                let current = id(word)
                unigram[current, default: 0] += weight
                if written != word { capitalised[current, default: 0] += weight }
                if let previous {
                    bigram[Int(previous) << 32 | Int(current), default: 0] += weight
                    preceding[previous, default: 0] += weight
                }
                previous = current
            }
        }
        // hunspell-vi: validity only (no frequencies), in the old tone placement ("hoà"); doclint
        // writes the placement of the lexicon, so the new one ("hòa") when both exist.
        if let dictionaryPath, let text = try? String(contentsOfFile: dictionaryPath, encoding: .utf8) {
            for entry in text.split(separator: "\n").dropFirst() {
                let word = String(entry.prefix { $0 != "/" }).precomposedStringWithCanonicalMapping
                // Lower-case letters only: "UBND", "HĐND" and names are no syllables to restore.
                guard word.unicodeScalars.allSatisfy({ $0.isLowercaseFast }) else { continue }
                _ = id(VietnameseSyllable.modernTonePlacement(word))
            }
        }
        numberID = id("#")
        self.syllables = syllables
        scalars = syllables.map { Array($0.unicodeScalars) }
        let total = unigram.values.reduce(0, +)
        // Syllables only the dictionary knows share a small mass: possible, but rare in our texts.
        let unseen = Float(max(1, syllables.count - unigram.count))
        let unseenMass: Float = 0.02
        var logUnigram = [Float](repeating: 0, count: syllables.count)
        for index in 1..<syllables.count {
            if let count = unigram[Int32(index)] {
                logUnigram[index] = log((1 - unseenMass) * count / total)
            } else {
                logUnigram[index] = log(unseenMass / unseen)
            }
        }
        self.logUnigram = logUnigram
        bigrams = bigram
        var precedingCount = [Float](repeating: 0, count: syllables.count)
        for (key, value) in preceding { precedingCount[Int(key)] = value }
        self.precedingCount = precedingCount
        var logCapitalised = [Float](repeating: 0, count: syllables.count)
        var logLowerCase = [Float](repeating: 0, count: syllables.count)
        for (index, count) in unigram {
            let upper = capitalised[index] ?? 0
            logCapitalised[Int(index)] = log((upper + 0.2) / (count + 0.4))
            logLowerCase[Int(index)] = log((count - upper + 0.2) / (count + 0.4))
        }
        self.logCapitalised = logCapitalised
        self.logLowerCase = logLowerCase
        var acronyms: [String: [Unicode.Scalar]] = [:]
        for acronym in RestorationLexicon.acronyms { acronyms[VietnameseFold.fold(acronym)] = Array(acronym.unicodeScalars) }
        self.acronyms = acronyms
        var bySkeleton: [String: [Int32]] = [:]
        for index in 1..<syllables.count where Int32(index) != numberID {
            bySkeleton[VietnameseSyllable.skeleton(syllables[index]), default: []].append(Int32(index))
        }
        for key in bySkeleton.keys { bySkeleton[key]!.sort { logUnigram[Int($0)] > logUnigram[Int($1)] } }
        self.bySkeleton = bySkeleton
        let skeletons = syllables.map { Array(VietnameseSyllable.skeleton($0).utf8) }
        var byFirstLetter = [[Int32]](repeating: [], count: 128)
        for index in 1..<syllables.count where Int32(index) != numberID && !skeletons[index].isEmpty && skeletons[index][0] < 128 {
            byFirstLetter[Int(skeletons[index][0])].append(Int32(index))
        }
        self.skeletons = skeletons
        self.byFirstLetter = byFirstLetter
    }

    /// Syllables a word OCR garbled may stand for ("ctia" → "của", "thdng" → "tháng", "chirc" →
    /// "chức", "dugc" → "được"), with the cost of the edits: a weighted edit distance whose cheap
    /// steps are the confusions of Vietnamese OCR (an accented vowel read as a digit, "d" or "b";
    /// "ư" read as "ir", "tr", "w" or "y"; a mark read as an extra "i"). The first letter stays.
    func garbledCandidates(_ word: [UInt8], limit: Float = 1.6) -> [(id: Int32, cost: Float)] {
        guard word.count >= 2, word.count <= 9, let first = word.first, first < 128 else { return [] }
        var found: [(id: Int32, cost: Float)] = []
        for id in byFirstLetter[Int(first)] {
            let skeleton = skeletons[Int(id)]
            guard abs(skeleton.count - word.count) <= 2 else { continue }
            let cost = RestorationModel.editCost(word, skeleton, limit: limit)
            if cost <= limit { found.append((id, cost)) }
        }
        found.sort { $0.cost != $1.cost ? $0.cost < $1.cost : logUnigram[Int($0.id)] > logUnigram[Int($1.id)] }
        return Array(found.prefix(12))
    }

    static func isVowel(_ byte: UInt8) -> Bool { byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79 }

    /// The weighted edit distance from what OCR read to a syllable's skeleton, or more than
    /// `limit` as soon as it cannot stay within it.
    static func editCost(_ read: [UInt8], _ target: [UInt8], limit: Float) -> Float {
        func substitution(_ seen: UInt8, _ meant: UInt8) -> Float {
            if seen == meant { return 0 }
            let meantVowel = isVowel(meant)
            if meantVowel, (0x30...0x39).contains(seen) || seen == 0x64 || seen == 0x62 || seen == 0x26 { return 0.5 }
            if meantVowel, isVowel(seen) { return 0.6 }
            if meant == 0x75, seen == 0x77 || seen == 0x79 || seen == 0x74 || seen == 0x72 { return 0.5 }
            if (seen == 0x6D && meant == 0x6E) || (seen == 0x6E && meant == 0x6D) || (seen == 0x63 && meant == 0x65) || (seen == 0x65 && meant == 0x63) { return 0.6 }
            if (seen == 0x31 || seen == 0x69) && meant == 0x6C { return 0.5 }
            return 1.2
        }
        func deletion(_ seen: UInt8) -> Float { seen == 0x69 || seen == 0x72 || seen == 0x74 || seen == 0x67 ? 0.5 : 0.9 }
        let insertion: Float = 0.9
        var previous = [Float](repeating: 0, count: target.count + 1)
        for column in 0...target.count { previous[column] = Float(column) * insertion }
        var current = previous
        for row in 1...read.count {
            current[0] = previous[0] + deletion(read[row - 1])
            var best = current[0]
            for column in 1...max(1, target.count) where column <= target.count {
                let value = min(previous[column - 1] + substitution(read[row - 1], target[column - 1]),
                                previous[column] + deletion(read[row - 1]),
                                current[column - 1] + insertion)
                current[column] = value
                best = min(best, value)
            }
            if best > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[target.count]
    }

    /// The abbreviation a folded word in capitals stands for, its "Đ" read as "D" or "P" ("HPND").
    func acronym(_ folded: [UInt8]) -> [Unicode.Scalar]? {
        if let found = acronyms[String(decoding: folded, as: UTF8.self)] { return found }
        // ("CP" is Chính phủ: two letters are too few to call a "P" misread.)
        guard folded.count >= 3, folded.contains(0x70) else { return nil }
        return acronyms[String(decoding: folded.map { $0 == 0x70 ? 0x64 : $0 }, as: UTF8.self)]
    }

    /// The score of `next` after `previous`: its frequency, raised when the lexicon writes the two
    /// together. The lexicon lists words, so a pair it lacks is most often two words meeting, not
    /// an unlikely pair: an absent pair costs nothing.
    func logTransition(_ previous: Int32?, _ next: Int32) -> Float {
        guard let previous, let seen = bigrams[Int(previous) << 32 | Int(next)] else { return logUnigram[Int(next)] }
        return logUnigram[Int(next)] + RestorationModel.pairWeight * log(1 + seen / RestorationModel.pairScale)
    }
    // Measured on stripped and OCR-like copies (scripts/ocr/restore_accuracy.py): accuracy is flat
    // around these; counting compounds less towards their syllables' frequency lost 1–6 points.
    static let pairWeight: Float = 1.6
    static let pairScale: Float = 0.5
}

/// Letters, marks and skeletons of Vietnamese syllables.
enum VietnameseSyllable {
    /// The folded form of a syllable: lower-case ASCII letters, "đ" as "d".
    static func skeleton(_ word: String) -> String {
        VietnameseFold.fold(word)
    }

    /// "hoà" → "hòa", "uỷ" → "ủy", "khoẻ" → "khỏe": the tone on the first vowel of a final "oa",
    /// "oe", "uy" (not after "q": "quý").
    static func modernTonePlacement(_ word: String) -> String {
        var letters = Array(word)
        guard letters.count >= 2 else { return word }
        let last = letters.count - 1
        guard let (base, tone) = tones[letters[last]], ["oa", "oe", "uy"].contains(String([letters[last - 1], base])),
              !(last >= 2 && letters[last - 2] == "q"), tones[letters[last - 1]] == nil else { return word }
        letters[last] = base
        letters[last - 1] = toned(letters[last - 1], tone)
        return String(letters)
    }

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
        if let cached = markTable[scalar] { return cached }
        return .none
    }

    static let markTable: [Unicode.Scalar: Marks] = {
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
