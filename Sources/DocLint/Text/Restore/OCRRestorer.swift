/// Restores the diacritics of OCR output and of text whose marks were stripped ("Ke hoach thuc
/// hien" → "Kế hoạch thực hiện"), so that the parser and the structural rules read Vietnamese.
///
/// Each word becomes the syllable with its skeleton (its letters without marks) that the lexicon
/// model finds most likely, decoded by Viterbi over the words of a phrase: log P(syllable | the
/// one before) plus the evidence of the marks OCR kept. The OCR confusions that keep one
/// character per letter are undone first: "6" for "ô"/"ơ", "1" for "l" opening a word, "P" for
/// "Đ", "¢" for a vowel with marks. A restored letter replaces the OCR one at the same column, so
/// the restored line keeps the original's column map and every finding points into the original.
/// Codes and numbers ("10/TB-UBND"), words with other digits and words that are no syllable
/// (abbreviations, foreign words) stay as they are.
public enum OCRRestorer {
    /// The whole text, line by line (a phrase wrapped over two lines keeps its context).
    public static func restore(_ source: SourceText) -> SourceText { restoreMeasured(source).text }

    /// The restored text, and the share of its words that were no syllable as read ("thdng",
    /// "ctia"): how damaged the text is, whether or not the restorer could mend them.
    public static func restoreMeasured(_ source: SourceText) -> (text: SourceText, unmended: Double) {
        restoreMeasured(source, model: RestorationModel.shared)
    }

    static func restoreMeasured(_ source: SourceText, model: RestorationModel) -> (text: SourceText, unmended: Double) {
        let lightScan = Scan(heavy: false)
        let light = restoreMeasured(source, model: model, scan: lightScan)
        // A scan's OCR misreads whole letters ("Sé" for "Sở", "dugc" for "được"): when many words
        // were no syllable as read, every word may also be a misread one, at a cost.
        let damaged = Double(lightScan.garbledWords) / Double(max(1, lightScan.words))
        guard damaged > heavyFrom else { return (light.text, max(light.unmended, damaged)) }
        let heavy = restoreMeasured(source, model: model, scan: Scan(heavy: true))
        return (heavy.text, max(heavy.unmended, damaged))
    }
    /// The share of words read as no syllable above which a text is read as a damaged scan.
    static let heavyFrom = 0.03

    /// How hard to look for a word's syllable, with the garbled-word search's answers per word
    /// (a document repeats its words; the search is the costly part).
    final class Scan {
        let heavy: Bool
        var garbled: [[UInt8]: [(id: Int32, cost: Float)]] = [:]
        /// Each distinct word's answer (by the hash of its scalars and whether it stands mid-sentence):
        /// a document repeats most of its words, and the answer depends on nothing else.
        var known = HashedAnswers<Known>(capacity: 256)
        struct Known {
            let candidates: [(id: Int32, evidence: Float)]?
            let casing: Casing
            let counted: Bool, garbled: Bool
        }
        /// Words seen, and those that were no syllable as read.
        var words = 0, garbledWords = 0
        init(heavy: Bool) { self.heavy = heavy }
        func candidates(_ word: [UInt8], _ model: RestorationModel) -> [(id: Int32, cost: Float)] {
            if let known = garbled[word] { return known }
            let found = model.garbledCandidates(word)
            garbled[word] = found
            return found
        }
    }

    static func restoreMeasured(_ source: SourceText, model: RestorationModel, scan: Scan) -> (text: SourceText, unmended: Double) {
        var lines: [SourceLine] = []
        lines.reserveCapacity(source.lines.count)
        var context: Int32?
        var words = 0, unmended = 0
        for line in source.lines {
            let (restored, last) = restore(line, context: context, model: model, scan: scan, words: &words, unmended: &unmended)
            lines.append(restored)
            context = last
        }
        return (source.withLines(lines), words == 0 ? 0 : Double(unmended) / Double(words))
    }

    /// One word of a line to restore: where it is and what it may be.
    struct Word {
        let range: Range<Int>
        /// Candidate syllable ids with their evidence score, best first.
        let candidates: [(id: Int32, evidence: Float)]
        let casing: Casing
        /// Only spaces separate it from the word before (the phrase goes on).
        let continuesPhrase: Bool
        /// What the candidates were found from (`candidates(_:folded:_:model:scan:continuesPhrase:midSentence:)`),
        /// the same for every word whose candidates are the same: a phrase's words' keys name its decoding.
        let key: UInt64
    }

    /// The key of every number word: its only candidate is the number.
    static let numberKey: UInt64 = 0x6E75_6D62_6572_2323

    enum Casing { case lower, capitalised, upper }

    static func restore(_ line: SourceLine, context: Int32?, model: RestorationModel, scan: Scan, words total: inout Int, unmended: inout Int) -> (SourceLine, Int32?) {
        let scalars = line.scalars
        guard !line.isBlank, !line.isOversized else { return (line, nil) }
        let unmendedBefore = unmended
        let (words, acronyms) = self.words(in: line, model: model, scan: scan, unmended: &unmended)
        total += words.count(where: { $0.candidates[0].id != model.numberID }) + acronyms.count + (unmended - unmendedBefore)
        guard !words.isEmpty || !acronyms.isEmpty else { return (line, nil) }
        var restored = scalars
        // Words restored to another length ("ctia" → "của"), applied after the in-place ones.
        var resized: [(Range<Int>, [Unicode.Scalar])] = []
        for (range, replacement) in acronyms where replacement.count == range.count {
            for (offset, column) in range.enumerated() { restored[column] = replacement[offset] }
        }
        var position = 0
        var previous = context
        var lastChosen: Int32?
        while position < words.count {
            // A phrase: words joined by spaces only.
            var end = position + 1
            while end < words.count, words[end].continuesPhrase { end += 1 }
            let start = position == 0 && words[0].range.lowerBound == line.indentation ? previous : nil
            let chosen = decodeRemembered(words[position..<end], context: start, model: model)
            for (offset, id) in chosen.enumerated() where id != model.numberID {
                let word = words[position + offset]
                let syllable = model.scalars[Int(id)]
                if syllable.count == word.range.count {
                    for (index, column) in word.range.enumerated() {
                        restored[column] = cased(syllable[index], word.casing, first: index == 0)
                    }
                } else {
                    resized.append((word.range, syllable.enumerated().map { cased($0.element, word.casing, first: $0.offset == 0) }))
                }
            }
            lastChosen = chosen.last
            previous = nil
            position = end
        }
        // The next line goes on from this one's last word when nothing but it ends the line.
        let endsOnWord = words.last.map { $0.range.upperBound == line.trimmedEnd } ?? false
        guard !resized.isEmpty else { return (SourceLine(restoring: line, scalars: restored, map: nil), endsOnWord ? lastChosen : nil) }
        // A new scalar array, each scalar mapped to the column it stands for; a resized word's
        // letters map onto the word it replaced, its last letters onto the word's last.
        var rebuilt: [Unicode.Scalar] = []
        var map: [Int32] = []
        rebuilt.reserveCapacity(restored.count + 8)
        map.reserveCapacity(restored.count + 8)
        var column = 0
        for (range, replacement) in resized.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            while column < range.lowerBound { rebuilt.append(restored[column]); map.append(Int32(column)); column += 1 }
            for (index, scalar) in replacement.enumerated() { rebuilt.append(scalar); map.append(Int32(range.lowerBound + min(index, range.count - 1))) }
            column = range.upperBound
        }
        while column < restored.count { rebuilt.append(restored[column]); map.append(Int32(column)); column += 1 }
        return (SourceLine(restoring: line, scalars: rebuilt, map: map), endsOnWord ? lastChosen : nil)
    }

    static func cased(_ scalar: Unicode.Scalar, _ casing: Casing, first: Bool) -> Unicode.Scalar {
        guard casing == .upper || (casing == .capitalised && first) else { return scalar }
        return Letters.upper(scalar)
    }

    /// `decode`, answered from the run's memo when the same words (by their keys) after the same
    /// context were decoded before: set phrases recur within a document and across an office's.
    static func decodeRemembered(_ words: ArraySlice<Word>, context: Int32?, model: RestorationModel) -> [Int32] {
        var key = RestorationMemo.mix(0x7068_7261_7365, context.map { UInt64(UInt32(bitPattern: $0)) } ?? UInt64.max)
        for word in words { key = RestorationMemo.mix(key, word.key) }
        if let known = model.memo.phrase(key), known.count == words.count { return known }
        let chosen = decode(words, context: context, model: model)
        model.memo.remember(phrase: key, chosen)
        return chosen
    }

    /// Viterbi over one phrase: the best sequence of candidates. A pair the lexicon writes together
    /// adds at most `model.largestBonusAfter` its first syllable, so a previous candidate that cannot
    /// reach the best score even with that is not looked up (the same result, a fraction of the
    /// look-ups).
    static func decode(_ words: ArraySlice<Word>, context: Int32?, model: RestorationModel) -> [Int32] {
        // Flat rows: candidate `c` of word `w` at `offsets[w] + c`.
        var offsets: [Int] = []
        offsets.reserveCapacity(words.count + 1)
        var total = 0
        for word in words { offsets.append(total); total += word.candidates.count }
        offsets.append(total)
        var scores = [Float](copies: 0, count: total)
        var back = [Int32](copies: 0, count: total)
        let reach = model.largestBonusAfter
        for (index, word) in words.enumerated() {
            let row = offsets[index]
            if index == 0 {
                for (offset, candidate) in word.candidates.enumerated() {
                    scores[row + offset] = model.logTransition(context, candidate.id) + candidate.evidence
                }
                continue
            }
            let previousRow = offsets[index - 1]
            let previousCandidates = words[words.startIndex + index - 1].candidates
            var bestBefore: Float = -.infinity
            var bestBeforeIndex = 0
            for offset in previousCandidates.indices where scores[previousRow + offset] > bestBefore {
                bestBefore = scores[previousRow + offset]; bestBeforeIndex = offset
            }
            for (offset, candidate) in word.candidates.enumerated() {
                let unigram = model.logUnigram[Int(candidate.id)]
                var best = bestBefore + unigram
                var bestIndex = bestBeforeIndex
                for (previousOffset, previous) in previousCandidates.enumerated() {
                    let before = scores[previousRow + previousOffset]
                    let bonus = reach[Int(previous.id)]
                    guard bonus > 0, before + bonus + unigram + 0.001 > best else { continue }
                    let score = before + model.logTransition(previous.id, candidate.id)
                    if score > best { best = score; bestIndex = previousOffset }
                }
                scores[row + offset] = best + candidate.evidence
                back[row + offset] = Int32(bestIndex)
            }
        }
        let lastRow = offsets[words.count - 1]
        var choice = 0
        for offset in 1..<(total - lastRow) where scores[lastRow + offset] > scores[lastRow + choice] { choice = offset }
        var result = [Int32](copies: 0, count: words.count)
        for index in stride(from: words.count - 1, through: 0, by: -1) {
            result[index] = words[words.startIndex + index].candidates[choice].id
            choice = Int(back[offsets[index] + choice])
        }
        return result
    }

    /// At most this many candidates per word go into the decoder (the likeliest).
    static let beam = 10
    /// How much a word's capital (or its absence) counts against the lexicon's habit.
    static let casingWeight: Float = 0.8
    /// What one unit of edit cost weighs against the language model, for garbled words.
    static let garbledWeight: Float = 2.5
    /// The same for a word that is a syllable as read but may be a misread one (in a damaged scan).
    static let misreadWeight: Float = 3.5

    /// The words of a line that restoration may change, with their candidates.
    static func words(in line: SourceLine, model: RestorationModel, scan: Scan, unmended: inout Int) -> ([Word], [(Range<Int>, [Unicode.Scalar])]) {
        let scalars = line.scalars
        var words: [Word] = []
        words.reserveCapacity(line.letterWords.count)
        var acronyms: [(Range<Int>, [Unicode.Scalar])] = []
        // A list number whose stop the scan read as "_" ("2_ Sở Tài chính"): the numbering needs it.
        var digitsEnd = line.indentation
        while digitsEnd < line.trimmedEnd, digitsEnd - line.indentation < 3, ("0"..."9").contains(scalars[digitsEnd]) { digitsEnd += 1 }
        if digitsEnd > line.indentation, digitsEnd + 1 < line.trimmedEnd, scalars[digitsEnd] == "_", scalars[digitsEnd + 1].isWhitespaceFast {
            acronyms.append((digitsEnd..<(digitsEnd + 1), ["."]))
        }
        var index = line.indentation
        var chunkHasSlash = false
        var chunkStart = index
        var onlySpaceBefore = false
        while index < line.trimmedEnd {
            let scalar = scalars[index]
            if scalar.isWhitespaceFast {
                index += 1
                continue
            }
            // A new whitespace-delimited chunk: codes ("10/TB-UBND", "02/2025/NĐ-CP") stay as written.
            if index == chunkStart || scalars[index - 1].isWhitespaceFast {
                chunkStart = index
                var end = index
                chunkHasSlash = false
                // A slash between letters or digits makes a code ("10/TB-UBND"); the end mark "./." does not.
                while end < line.trimmedEnd, !scalars[end].isWhitespaceFast {
                    if scalars[end] == "/", end > index, end + 1 < line.trimmedEnd, isWordScalar(scalars[end - 1]), isWordScalar(scalars[end + 1]) { chunkHasSlash = true }
                    end += 1
                }
                onlySpaceBefore = !words.isEmpty && words.last!.range.upperBound < index
                    && (words.last!.range.upperBound..<index).allSatisfy { scalars[$0].isWhitespaceFast }
            }
            guard isWordScalar(scalar) else { index += 1; onlySpaceBefore = false; continue }
            let start = index
            while index < line.trimmedEnd, isWordScalar(scalars[index]) { index += 1 }
            // A Roman numeral whose "I" the scan read as "1" or "l": a section number at the start of
            // a line ("I1." for "II."), or a quarter ("quý II1/2026" for "quý III/2026"). A wrong
            // number breaks the numbering; a wrong quarter loses the deadline.
            if let numeral = romanNumeral(scalars[start..<index]),
               (start == line.indentation && index < line.trimmedEnd && (scalars[index] == "." || scalars[index] == ")"))
                || Self.followsQuarter(line, at: start) {
                acronyms.append((start..<index, numeral))
                continue
            }
            let continues = onlySpaceBefore
            onlySpaceBefore = false
            // An abbreviation in capitals ("QD" in "QD-UBND", "HDND"): from the table, codes included.
            if index - start >= 2, (start..<index).allSatisfy({ scalars[$0].isUppercaseFast || scalars[$0] == "y" }),
               let acronym = model.acronym(folded: line.folded, start..<index) {
                acronyms.append((start..<index, acronym))
                continue
            }
            // Mid-sentence, a capital says "name of a body or place" ("Sở", "Đảng"); at the start of
            // a sentence or a line it says nothing.
            var before = start - 1
            while before >= 0, scalars[before].isWhitespaceFast { before -= 1 }
            let midSentence = before >= 0 && (scalars[before].isAlphabeticFast || scalars[before] == "," || ("0"..."9").contains(scalars[before]))
            guard !chunkHasSlash else { continue }
            // A number is context ("ngày 15 thdng 7": a month follows a day), kept as it is.
            if (start..<index).allSatisfy({ ("0"..."9").contains(scalars[$0]) }) {
                words.append(Word(range: start..<index, candidates: [(model.numberID, 0)], casing: .lower, continuesPhrase: continues, key: numberKey))
                continue
            }
            guard var word = candidates(scalars, folded: line.folded, start..<index, model: model, scan: scan, continuesPhrase: continues, midSentence: midSentence) else {
                // Lower-case letters that make no syllable: OCR debris ("thdng", "ctia").
                if index - start >= 2, (start..<index).allSatisfy({ scalars[$0].isLowercaseFast }) { unmended += 1 }
                continue
            }
            // A speck read as an apostrophe after a word ("Giao S¢' Y té") is dropped with it, so
            // that the name reads "Sở Y tế"; a pair of them is a quotation and stays.
            if index < line.trimmedEnd, scalars[index] == "'" || scalars[index] == "`",
               index + 1 == line.trimmedEnd || !isWordScalar(scalars[index + 1]),
               !scalars[line.indentation..<start].contains(where: { $0 == "'" || $0 == "`" }) {
                word = Word(range: start..<(index + 1), candidates: word.candidates, casing: word.casing, continuesPhrase: word.continuesPhrase, key: word.key)
                index += 1
            }
            words.append(word)
        }
        return (words, acronyms)
    }

    /// "I1" → "II", "I11" → "III", "V1" → "VI", "lV" → "IV": capitals I, V, X with at least one
    /// "1" or "l" among them, read as "I"; nil unless that makes a numeral from I to XXXIX. ("11"
    /// alone is eleven, not II: one I, V or X must be there.)
    static func romanNumeral(_ written: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        guard written.count >= 2, written.count <= 6,
              written.contains(where: { $0 == "I" || $0 == "V" || $0 == "X" }),
              written.contains(where: { $0 == "1" || $0 == "l" }),
              written.allSatisfy({ "IVX1l".unicodeScalars.contains($0) }) else { return nil }
        let numeral = written.map { $0 == "1" || $0 == "l" ? "I" : $0 }
        let text = String(String.UnicodeScalarView(numeral))
        let valid = (1...39).contains { value in
            let tens = ["", "X", "XX", "XXX"][value / 10], units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][value % 10]
            return tens + units == text
        }
        return valid ? numeral : nil
    }

    /// Whether the word before `start` (one space apart) is "quý", any case or marks.
    static func followsQuarter(_ line: SourceLine, at start: Int) -> Bool {
        guard start >= 5, line.scalars[start - 1] == " " else { return false }
        return line.folded[(start - 4)..<(start - 1)].equals("quy") && (start == 4 || !isWordScalar(line.scalars[start - 5]))
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isAlphabeticFast || ("0"..."9").contains(scalar) || scalar == "¢" || scalar == "&"
    }

    /// The candidates of the word at `range`, or nil when it is not a syllable to restore; a word
    /// seen before in the text is answered from `scan.known`, one seen in the run from the model's
    /// memo (counted again all the same).
    static func candidates(_ scalars: [Unicode.Scalar], folded: [UInt8], _ range: Range<Int>, model: RestorationModel, scan: Scan,
                           continuesPhrase: Bool, midSentence: Bool) -> Word? {
        // (A damaged scan's reading looks further: its answers are its own.)
        let key = (WordHashTable.hash(scalars: scalars, range) ^ (midSentence ? 1 : 2) ^ (scan.heavy ? 4 : 0)) &* 0x100000001b3
        var answer = scan.known[key]
        if answer == nil, let remembered = model.memo.word(key) {
            scan.known.set(key, remembered)
            answer = remembered
        }
        if let known = answer {
            if known.counted { scan.words += 1 }
            if known.garbled { scan.garbledWords += 1 }
            return known.candidates.map { Word(range: range, candidates: $0, casing: known.casing, continuesPhrase: continuesPhrase, key: key) }
        }
        let wordsBefore = scan.words, garbledBefore = scan.garbledWords
        let word = rankedCandidates(scalars, folded: folded, range, model: model, scan: scan, continuesPhrase: continuesPhrase, midSentence: midSentence, key: key)
        let known = Scan.Known(candidates: word?.candidates, casing: word?.casing ?? .lower,
                               counted: scan.words > wordsBefore, garbled: scan.garbledWords > garbledBefore)
        scan.known.set(key, known)
        model.memo.remember(word: key, known)
        return word
    }

    static func rankedCandidates(_ scalars: [Unicode.Scalar], folded: [UInt8], _ range: Range<Int>, model: RestorationModel, scan: Scan,
                                 continuesPhrase: Bool, midSentence: Bool, key: UInt64) -> Word? {
        var skeleton: [UInt8] = []
        skeleton.reserveCapacity(range.count)
        var evidence: [VietnameseSyllable.Marks?] = []  // nil: a letter that tells nothing
        var letters = 0, uppers = 0
        var garbled = false
        var centAt: [Int] = []
        for index in range {
            let scalar = scalars[index]
            let atStart = index == range.lowerBound
            switch scalar {
            case "6":
                // "ô" or "ơ" read as a six; a word that is all digits is a number.
                skeleton.append(0x6F); evidence.append(VietnameseSyllable.Marks(tone: 0, shape: 9))
            case "1" where atStart && range.count > 1 && !("0"..."9").contains(scalars[index + 1]):
                skeleton.append(0x6C); evidence.append(nil)
            case "P" where atStart && range.count > 1 && scalars[index + 1] != "h" && scalars[index + 1] != "H":
                // Vietnamese has no "p" before a vowel: "Pao tao" is "Đào tạo".
                skeleton.append(0x64); evidence.append(VietnameseSyllable.Marks(tone: 0, shape: 4)); letters += 1; uppers += 1
            case "¢":
                // A marked vowel OCR could not read ("ngh¢" for "nghệ", "S¢" for "Sở"), or the mark of
                // the next letter read apart ("c¢6" for "có"): "o" for the syllables as read, any
                // vowel or nothing for the search (`centMark`).
                centAt.append(skeleton.count)
                skeleton.append(0x6F); evidence.append(nil)
            default:
                // Other digits and "&" inside a word are accented vowels misread ("b4o", "d&"): only
                // the search for garbled words takes them.
                if ("0"..."9").contains(scalar) || scalar == "&" {
                    skeleton.append(UInt8(scalar.value)); evidence.append(nil); garbled = true
                    continue
                }
                guard scalar.isAlphabeticFast else { return nil }
                // The line's folded key is one byte per scalar, folded as the skeletons are.
                let letter = folded[index]
                guard letter >= 0x61, letter <= 0x7A else { return nil }
                skeleton.append(letter)
                let marks = VietnameseSyllable.marks(scalar)
                evidence.append(marks == .none ? nil : marks)
                letters += 1
                if scalar.isUppercaseFast { uppers += 1 }
            }
        }
        guard letters > 0 else { return nil }
        scan.words += 1
        let casing: Casing = uppers == 0 ? .lower : (uppers == letters && letters > 1 ? .upper : (scalars[range.lowerBound].isUppercaseFast || scalars[range.lowerBound] == "P" ? .capitalised : .lower))
        var searched = skeleton
        for position in centAt { searched[position] = RestorationModel.centMark }
        guard !garbled, let ids = model.syllables(withSkeleton: skeleton) else {
            // No syllable has these letters: OCR garbled the word beyond one letter per letter.
            // Words in capitals (abbreviations) and foreign words stay as they are (no candidate
            // comes close enough).
            guard casing != .upper else { return nil }
            scan.garbledWords += 1
            let found = scan.candidates(searched, model)
            guard !found.isEmpty else { return nil }
            return Word(range: range, candidates: found.map { ($0.id, -garbledWeight * $0.cost) }, casing: casing, continuesPhrase: continuesPhrase, key: key)
        }
        var scored: [(id: Int32, evidence: Float)] = []
        scored.reserveCapacity(ids.count)
        for id in ids {
            let syllableMarks = model.marks[Int(id)]
            guard syllableMarks.count == evidence.count else { continue }
            var score: Float = 0
            switch casing {
            case .lower: score += casingWeight * model.logLowerCase[Int(id)]
            case .capitalised where midSentence: score += casingWeight * model.logCapitalised[Int(id)]
            default: break
            }
            for (index, seen) in evidence.enumerated() {
                guard let seen else { continue }
                score += agreement(seen, syllableMarks[index])
            }
            scored.append((id, score))
        }
        guard !scored.isEmpty else { return nil }
        if scan.heavy || !centAt.isEmpty, casing != .upper {
            // Misread letters too: "Sé" may be "Sở", "ngh¢" "nghệ". (The word's own reading costs nothing.)
            let own = Set(scored.map(\.id))
            for (id, cost) in scan.candidates(searched, model) where !own.contains(id) && cost > 0 {
                scored.append((id, -misreadWeight * cost))
            }
        }
        scored.sort { model.logUnigram[Int($0.id)] + $0.evidence > model.logUnigram[Int($1.id)] + $1.evidence }
        return Word(range: range, candidates: Array(scored.prefix(beam)), casing: casing, continuesPhrase: continuesPhrase, key: key)
    }

    /// How much the marks OCR left on a letter speak for a candidate's letter (log domain). A shape
    /// (circumflex, breve, horn, bar) or a hook, tilde or dot is rarely invented by OCR; a plain acute
    /// or grave often is. Shape 9: "ô" or "ơ" (a "6").
    static let weakAgree: Float = 0.5, weakDisagree: Float = 0.3
    static func agreement(_ seen: VietnameseSyllable.Marks, _ actual: VietnameseSyllable.Marks) -> Float {
        var score: Float = 0
        if seen.shape == 9 {
            score += actual.shape == 1 || actual.shape == 3 ? 2 : -2
        } else if seen.shape != 0 {
            score += seen.shape == actual.shape ? 1.5 : -1.5
        }
        if seen.tone != 0 {
            let strong = seen.tone == 2 || seen.tone == 3 || seen.tone == 5 || seen.shape != 0
            if seen.tone == actual.tone { score += strong ? 1.5 : weakAgree } else { score -= strong ? 1.0 : weakDisagree }
        }
        return score
    }
}
