import Foundation

/// What the diacritics restorer knows of Vietnamese: the syllables (Debian's hunspell-vi when it is
/// installed, and every syllable of the lexicon), each syllable's frequency and which syllables
/// follow one another (counted over `RestorationLexicon`, the administrative vocabulary written
/// for doclint). Built once per process, on the first OCR text: clean text never pays for it.
final class RestorationModel: Sendable {
    /// Each syllable's scalars by id (lower case NFC; id 0 is unused).
    let scalars: [[Unicode.Scalar]]
    /// The syllables that share a skeleton (folded, "d" for "đ"), most frequent first, found by the
    /// skeleton's hash (`syllables(withSkeleton:)`): no String is built per word of the text.
    private let skeletonGroups: [[Int32]]
    private let skeletonIndex: WordHashTable
    /// log P(syllable), smoothed.
    let logUnigram: [Float]
    /// What a pair the lexicon writes together adds to the second syllable's score, by the pair's
    /// key (`pairKey`): the decoder asks for every pair of candidates of neighbouring words.
    private let pairIndex: WordHashTable
    private let pairBonus: [Float]
    /// The most any pair starting with each syllable adds (0: the lexicon pairs it with nothing):
    /// the decoder skips previous candidates that cannot win even with it.
    let largestBonusAfter: [Float]
    /// log of the share of a syllable's occurrences written with a capital (names of bodies and
    /// places: "Sở", "Đảng") and without one, smoothed; 0 for syllables the lexicon lacks.
    let logCapitalised: [Float]
    let logLowerCase: [Float]
    /// Abbreviations in capitals ("QĐ", "HĐND") by the hash of their folded form ("qd", "hdnd"),
    /// which is kept to check a match: every word in capitals of an OCR text is looked up.
    private let acronymIndex: WordHashTable
    private let acronyms: [(folded: [UInt8], written: [Unicode.Scalar])]
    /// The marks of each syllable's letters, for the evidence the marks OCR kept give.
    let marks: [[VietnameseSyllable.Marks]]
    /// Each syllable's skeleton, and the ids of the syllables by the first letter of it (the
    /// search for words OCR garbled beyond one letter per letter).
    let skeletons: [[UInt8]]
    /// The skeleton groups (indexes into `skeletonGroups`) by the skeleton's first byte, with the
    /// skeleton itself: a garbled word is compared once per skeleton, not once per syllable.
    let groupsByFirstLetter: [[Int32]]
    let groupSkeletons: [[UInt8]]

    static let shared = RestorationModel(dictionaryPath: VietnameseSyllable.defaultDictionary)
    /// The id of "#", which stands for a number in the lexicon ("ngày # tháng # năm #"): numbers
    /// are context for the words around them, never restored.
    let numberID: Int32
    /// hunspell-vi's syllables were read in, not only the lexicon's.
    let includesDictionary: Bool
    /// The answers restoration gave with this model in this run, by word and by phrase.
    let memo = RestorationMemo()

    init(dictionaryPath: String?) {
        // Syllables keyed by the hash of their scalars: String keys hash and compare through
        // Unicode normalisation, which made this build most of a one-file run on OCR text.
        var ids: [UInt64: Int32] = [:]
        var syllables: [[Unicode.Scalar]] = [[]]
        func id(_ syllable: [Unicode.Scalar]) -> Int32 {
            let key = WordHashTable.hash(scalars: syllable[...])
            if let known = ids[key] { return known }
            let new = Int32(syllables.count)
            ids[key] = new
            syllables.append(syllable)
            return new
        }
        var unigram: [Int32: Float] = [:]
        var capitalised: [Int32: Float] = [:]
        var bigram: [Int: Float] = [:]
        for (phrase, weight) in RestorationLexicon.phrases() {
            var previous: Int32?
            for written in phrase {
                var word = written
                var hadCapital = false
                for index in word.indices where word[index].isUppercaseFast {
                    let lower = word[index].properties.lowercaseMapping.unicodeScalars
                    if lower.count == 1 { word[index] = lower.first!; hadCapital = true }
                }
                let current = id(word)
                unigram[current, default: 0] += weight
                if hadCapital { capitalised[current, default: 0] += weight }
                if let previous {
                    bigram[Int(previous) << 32 | Int(current), default: 0] += weight
                }
                previous = current
            }
        }
        // hunspell-vi: validity only (no frequencies), in the old tone placement ("hoà"); doclint
        // writes the placement of the lexicon, so the new one ("hòa") when both exist.
        // (Word by word from the file's bytes, as the spelling rule reads it: no String per word.)
        includesDictionary = dictionaryPath.map { path in
            VietnameseSyllable.forEachWord(inDictionaryAt: path) { word in
                // Lower-case letters only: "UBND", "HĐND" and names are no syllables to restore.
                guard word.allSatisfy({ $0.isLowercaseFast }) else { return }
                _ = id(VietnameseSyllable.modernTonePlacement(Array(word)))
            }
        } ?? false
        numberID = id(["#"])
        scalars = syllables
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
        var pairIndex = WordHashTable(capacity: bigram.count)
        var pairBonus: [Float] = []
        pairBonus.reserveCapacity(bigram.count)
        var largestBonusAfter = [Float](repeating: 0, count: syllables.count)
        for (key, seen) in bigram {
            let bonus = RestorationModel.pairWeight * log(1 + seen / RestorationModel.pairScale)
            pairIndex.insert(RestorationModel.pairKey(Int32(key >> 32), Int32(truncatingIfNeeded: key)), value: Int32(pairBonus.count))
            pairBonus.append(bonus)
            largestBonusAfter[key >> 32] = max(largestBonusAfter[key >> 32], bonus)
        }
        self.pairIndex = pairIndex
        self.pairBonus = pairBonus
        self.largestBonusAfter = largestBonusAfter
        var logCapitalised = [Float](repeating: 0, count: syllables.count)
        var logLowerCase = [Float](repeating: 0, count: syllables.count)
        for (index, count) in unigram {
            let upper = capitalised[index] ?? 0
            logCapitalised[Int(index)] = log((upper + 0.2) / (count + 0.4))
            logLowerCase[Int(index)] = log((count - upper + 0.2) / (count + 0.4))
        }
        self.logCapitalised = logCapitalised
        self.logLowerCase = logLowerCase
        var acronymIndex = WordHashTable(capacity: RestorationLexicon.acronyms.count)
        var acronyms: [(folded: [UInt8], written: [Unicode.Scalar])] = []
        for acronym in RestorationLexicon.acronyms {
            let written = Array(acronym.unicodeScalars), folded = VietnameseFold.fold(written)
            // (A later spelling of the same letters replaces an earlier one, as a dictionary's would.)
            acronymIndex.insert(WordHashTable.hash(bytes: folded), value: Int32(acronyms.count), keepFirst: false)
            acronyms.append((folded, written))
        }
        self.acronymIndex = acronymIndex
        self.acronyms = acronyms
        let skeletons = syllables.map { VietnameseFold.fold($0) }
        var bySkeleton: [[UInt8]: [Int32]] = [:]
        for index in 1..<syllables.count where Int32(index) != numberID {
            bySkeleton[skeletons[index], default: []].append(Int32(index))
        }
        var skeletonIndex = WordHashTable(capacity: bySkeleton.count)
        var skeletonGroups: [[Int32]] = []
        var groupSkeletons: [[UInt8]] = []
        var groupsByFirstLetter = [[Int32]](repeating: [], count: 128)
        for (skeleton, ids) in bySkeleton {
            if let first = skeleton.first, first < 128 { groupsByFirstLetter[Int(first)].append(Int32(skeletonGroups.count)) }
            skeletonIndex.insert(WordHashTable.hash(bytes: skeleton), value: Int32(skeletonGroups.count))
            skeletonGroups.append(ids.sorted { logUnigram[Int($0)] > logUnigram[Int($1)] })
            groupSkeletons.append(skeleton)
        }
        self.groupSkeletons = groupSkeletons
        self.groupsByFirstLetter = groupsByFirstLetter
        self.skeletonIndex = skeletonIndex
        self.skeletonGroups = skeletonGroups
        marks = self.scalars.map { $0.map(VietnameseSyllable.marks) }
        self.skeletons = skeletons
    }

    /// Syllables a word OCR garbled may stand for ("ctia" → "của", "thdng" → "tháng", "chirc" →
    /// "chức", "dugc" → "được"), with the cost of the edits: a weighted edit distance whose cheap
    /// steps are the confusions of Vietnamese OCR (an accented vowel read as a digit, "d" or "b";
    /// "ư" read as "ir", "tr", "w" or "y"; a mark read as an extra "i"). The first letter stays.
    func garbledCandidates(_ word: [UInt8], limit: Float = 1.6) -> [(id: Int32, cost: Float)] {
        guard word.count >= 2, word.count <= 9, let first = word.first, first < 128 else { return [] }
        var found: [(id: Int32, cost: Float)] = []
        // A syllable two letters longer needs two insertions (1.8): past any limit used. Two letters
        // shorter may be two cheap deletions (a "¢" read apart, an extra "i").
        let longest = word.count + (limit >= 1.8 ? 2 : 1)
        for group in groupsByFirstLetter[Int(first)] {
            let skeleton = groupSkeletons[Int(group)]
            guard skeleton.count <= longest, skeleton.count + 2 >= word.count else { continue }
            let cost = RestorationModel.editCost(word, skeleton, limit: limit)
            if cost <= limit { for id in skeletonGroups[Int(group)] { found.append((id, cost)) } }
        }
        // Ties last by id: the order the syllables have in the inventory.
        found.sort { $0.cost != $1.cost ? $0.cost < $1.cost : logUnigram[Int($0.id)] != logUnigram[Int($1.id)] ? logUnigram[Int($0.id)] > logUnigram[Int($1.id)] : $0.id < $1.id }
        return Array(found.prefix(12))
    }

    /// Stands for "¢" in a word searched for: a vowel whose marks OCR misread, or a mark read apart
    /// from its letter, so it becomes any vowel or nothing, cheaply.
    static let centMark: UInt8 = 0xA2

    static func isVowel(_ byte: UInt8) -> Bool { byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79 }

    /// The weighted edit distance from what OCR read to a syllable's skeleton, or more than
    /// `limit` as soon as it cannot stay within it.
    static func editCost(_ read: [UInt8], _ target: [UInt8], limit: Float) -> Float {
        func substitution(_ seen: UInt8, _ meant: UInt8) -> Float {
            if seen == meant { return 0 }
            let meantVowel = isVowel(meant)
            if seen == centMark { return meantVowel ? 0.3 : 1.2 }
            if meantVowel, (0x30...0x39).contains(seen) || seen == 0x64 || seen == 0x62 || seen == 0x26 { return 0.5 }
            if meantVowel, isVowel(seen) { return 0.6 }
            if meant == 0x75, seen == 0x77 || seen == 0x79 || seen == 0x74 || seen == 0x72 { return 0.5 }
            if (seen == 0x6D && meant == 0x6E) || (seen == 0x6E && meant == 0x6D) || (seen == 0x63 && meant == 0x65) || (seen == 0x65 && meant == 0x63) { return 0.6 }
            if (seen == 0x31 || seen == 0x69) && meant == 0x6C { return 0.5 }
            return 1.2
        }
        func deletion(_ seen: UInt8) -> Float { seen == centMark ? 0.3 : seen == 0x69 || seen == 0x72 || seen == 0x74 || seen == 0x67 ? 0.5 : 0.9 }
        let insertion: Float = 0.9
        // Two rows on the stack: this runs for every syllable of a first letter per garbled word
        // (thousands per scanned page), and two arrays per call were a tenth of a restoration.
        let width = target.count + 1
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * width) { rows in
            var previous = rows.baseAddress!, current = rows.baseAddress! + width
            for column in 0..<width { previous[column] = Float(column) * insertion }
            for row in 1...read.count {
                let seen = read[row - 1]
                let deleted = deletion(seen)
                current[0] = previous[0] + deleted
                var best = current[0]
                for column in 1..<max(1, width) {
                    let value = min(previous[column - 1] + substitution(seen, target[column - 1]),
                                    previous[column] + deleted,
                                    current[column - 1] + insertion)
                    current[column] = value
                    best = min(best, value)
                }
                if best > limit { return limit + 1 }
                swap(&previous, &current)
            }
            return previous[target.count]
        }
    }

    /// The abbreviation a word in capitals stands for, its "Đ" read as "D" or "P" ("HPND"), given
    /// the word's folded bytes (`folded[range]`).
    func acronym(folded: [UInt8], _ range: Range<Int>) -> [Unicode.Scalar]? {
        if let found = acronym(folded[range]) { return found }
        // ("CP" is Chính phủ: two letters are too few to call a "P" misread.)
        guard range.count >= 3, folded[range].contains(0x70) else { return nil }
        return acronym(ArraySlice(folded[range].map { $0 == 0x70 ? 0x64 : $0 }))
    }

    private func acronym(_ letters: ArraySlice<UInt8>) -> [Unicode.Scalar]? {
        guard let place = acronymIndex.value(WordHashTable.hash(bytes: letters)) else { return nil }
        let (known, written) = acronyms[Int(place)]
        return known.elementsEqual(letters) ? written : nil
    }

    /// Whether `word` (lower case, NFC) is a syllable the model knows, in either tone placement.
    func knows(_ word: [Unicode.Scalar]) -> Bool {
        let modern = VietnameseSyllable.modernTonePlacement(word)
        return syllables(withSkeleton: VietnameseFold.fold(modern))?.contains { scalars[Int($0)] == modern } ?? false
    }

    /// The syllables whose skeleton is `skeleton`, most frequent first.
    func syllables(withSkeleton skeleton: [UInt8]) -> [Int32]? {
        guard let group = skeletonIndex.value(WordHashTable.hash(bytes: skeleton)) else { return nil }
        let ids = skeletonGroups[Int(group)]
        // Two skeletons with one 64-bit hash are unlikely, not impossible.
        return skeletons[Int(ids[0])] == skeleton ? ids : nil
    }

    /// A pair's key for `pairIndex`: the two ids mixed (splitmix64's finaliser, a bijection, so
    /// distinct pairs keep distinct keys and none is 0) so that the table's slots spread.
    static func pairKey(_ previous: Int32, _ next: Int32) -> UInt64 {
        WordHashTable.mixed(UInt64(UInt32(bitPattern: previous)) << 32 | UInt64(UInt32(bitPattern: next)))
    }

    /// The score of `next` after `previous`: its frequency, raised when the lexicon writes the two
    /// together. The lexicon lists words, so a pair it lacks is most often two words meeting, not
    /// an unlikely pair: an absent pair costs nothing.
    func logTransition(_ previous: Int32?, _ next: Int32) -> Float {
        guard let previous, let pair = pairIndex.value(RestorationModel.pairKey(previous, next)) else { return logUnigram[Int(next)] }
        return logUnigram[Int(next)] + pairBonus[Int(pair)]
    }
    // Measured on stripped and OCR-like copies (scripts/ocr/restore_accuracy.py): accuracy is flat
    // around these; counting compounds less towards their syllables' frequency lost 1–6 points.
    static let pairWeight: Float = 1.6
    static let pairScale: Float = 0.5
}

/// The candidates restoration found for each word and the decoding it chose for each phrase, for a
/// whole run: an office's documents share their vocabulary and their set phrases ("Ủy ban nhân dân
/// tỉnh"), and both answers depend only on what their keys hash (a word's scalars, whether it stands
/// mid-sentence, how hard the scan looks; a phrase's words and the word before) and on the model.
/// Files are restored on several threads, hence the lock; each table is emptied when full, so that a
/// run over thousands of scans stays within a few megabytes.
final class RestorationMemo: @unchecked Sendable {  // every access under `lock`
    private let lock = NSLock()
    // (They start small and grow: most runs restore a few texts, if any.)
    private var words = HashedAnswers<OCRRestorer.Scan.Known>(capacity: 1024)
    private var phrases = HashedAnswers<[Int32]>(capacity: 1024)
    static let capacity = 1 << 15

    /// How many words and phrases it holds.
    var count: (words: Int, phrases: Int) { lock.withLock { (words.count, phrases.count) } }

    func word(_ key: UInt64) -> OCRRestorer.Scan.Known? { lock.withLock { words[key] } }

    func remember(word key: UInt64, _ known: OCRRestorer.Scan.Known) {
        lock.withLock {
            if words.count >= RestorationMemo.capacity { words.removeAll() }
            words.set(key, known)
        }
    }

    func phrase(_ key: UInt64) -> [Int32]? { lock.withLock { phrases[key] } }

    func remember(phrase key: UInt64, _ chosen: [Int32]) {
        lock.withLock {
            if phrases.count >= RestorationMemo.capacity { phrases.removeAll() }
            phrases.set(key, chosen)
        }
    }

    /// A key with one more value mixed in (splitmix64's finaliser over the xor: order matters, and
    /// nearby values spread).
    static func mix(_ key: UInt64, _ value: UInt64) -> UInt64 { WordHashTable.mixed(key ^ value) }
}
