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

    /// The restored text, and the share of its words that are no syllable the model knows even
    /// after the confusions are undone ("thdng", "ctia"): OCR noise the restorer could not mend.
    public static func restoreMeasured(_ source: SourceText) -> (text: SourceText, unmended: Double) {
        restoreMeasured(source, model: RestorationModel.shared)
    }

    static func restoreMeasured(_ source: SourceText, model: RestorationModel) -> (text: SourceText, unmended: Double) {
        var lines: [SourceLine] = []
        lines.reserveCapacity(source.lines.count)
        var context: Int32?
        var words = 0, unmended = 0
        for line in source.lines {
            let (restored, last) = restore(line, context: context, model: model, words: &words, unmended: &unmended)
            lines.append(restored)
            context = last
        }
        var restored = SourceText(path: source.path, lines: lines, hadByteOrderMark: source.hadByteOrderMark)
        restored.layout = source.layout
        return (restored, words == 0 ? 0 : Double(unmended) / Double(words))
    }

    /// One word of a line to restore: where it is and what it may be.
    struct Word {
        let range: Range<Int>
        /// Candidate syllable ids with their evidence score, best first.
        let candidates: [(id: Int32, evidence: Float)]
        let casing: Casing
        /// Only spaces separate it from the word before (the phrase goes on).
        let continuesPhrase: Bool
    }

    enum Casing { case lower, capitalised, upper }

    static func restore(_ line: SourceLine, context: Int32?, model: RestorationModel, words total: inout Int, unmended: inout Int) -> (SourceLine, Int32?) {
        let scalars = line.scalars
        guard !line.isBlank, !line.isOversized else { return (line, nil) }
        let (words, acronyms) = self.words(in: line, model: model, unmended: &unmended)
        total += words.count + acronyms.count
        guard !words.isEmpty || !acronyms.isEmpty else { return (line, nil) }
        var restored = scalars
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
            let chosen = decode(Array(words[position..<end]), context: start, model: model)
            for (offset, id) in chosen.enumerated() {
                let word = words[position + offset]
                let syllable = model.scalars[Int(id)]
                for (index, column) in word.range.enumerated() {
                    restored[column] = cased(syllable[index], word.casing, first: index == 0)
                }
            }
            lastChosen = chosen.last
            previous = nil
            position = end
        }
        // The next line goes on from this one's last word when nothing but it ends the line.
        let endsOnWord = words.last.map { $0.range.upperBound == line.trimmedEnd } ?? false
        return (SourceLine(restoring: line, scalars: restored), endsOnWord ? lastChosen : nil)
    }

    static func cased(_ scalar: Unicode.Scalar, _ casing: Casing, first: Bool) -> Unicode.Scalar {
        guard casing == .upper || (casing == .capitalised && first) else { return scalar }
        let upper = scalar.properties.uppercaseMapping.unicodeScalars
        return upper.count == 1 ? upper.first! : scalar
    }

    /// Viterbi over one phrase: the best sequence of candidates.
    static func decode(_ words: [Word], context: Int32?, model: RestorationModel) -> [Int32] {
        var scores: [[Float]] = []
        var back: [[Int]] = []
        for (index, word) in words.enumerated() {
            var row: [Float] = []
            var pointers: [Int] = []
            for (id, evidence) in word.candidates {
                if index == 0 {
                    row.append(model.logTransition(context, id) + evidence)
                    pointers.append(-1)
                } else {
                    var best: Float = -.infinity
                    var bestIndex = 0
                    for (previousIndex, previous) in words[index - 1].candidates.enumerated() {
                        let score = scores[index - 1][previousIndex] + model.logTransition(previous.id, id)
                        if score > best { best = score; bestIndex = previousIndex }
                    }
                    row.append(best + evidence)
                    pointers.append(bestIndex)
                }
            }
            scores.append(row)
            back.append(pointers)
        }
        var choice = scores[scores.count - 1].indices.max { scores[scores.count - 1][$0] < scores[scores.count - 1][$1] } ?? 0
        var result = [Int32](repeating: 0, count: words.count)
        for index in stride(from: words.count - 1, through: 0, by: -1) {
            result[index] = words[index].candidates[choice].id
            choice = back[index][choice]
        }
        return result
    }

    /// At most this many candidates per word go into the decoder (the likeliest).
    static let beam = 10
    /// How much a word's capital (or its absence) counts against the lexicon's habit.
    static let casingWeight: Float = 0.8

    /// The words of a line that restoration may change, with their candidates.
    static func words(in line: SourceLine, model: RestorationModel, unmended: inout Int) -> ([Word], [(Range<Int>, [Unicode.Scalar])]) {
        let scalars = line.scalars
        var words: [Word] = []
        var acronyms: [(Range<Int>, [Unicode.Scalar])] = []
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
            let continues = onlySpaceBefore
            onlySpaceBefore = false
            // An abbreviation in capitals ("QD" in "QD-UBND", "HDND"): from the table, codes included.
            if index - start >= 2, (start..<index).allSatisfy({ scalars[$0].isUppercaseFast || scalars[$0] == "y" }),
               let acronym = model.acronym(VietnameseFold.fold(Array(scalars[start..<index]))) {
                acronyms.append((start..<index, acronym))
                continue
            }
            // Mid-sentence, a capital says "name of a body or place" ("Sở", "Đảng"); at the start of
            // a sentence or a line it says nothing.
            var before = start - 1
            while before >= 0, scalars[before].isWhitespaceFast { before -= 1 }
            let midSentence = before >= 0 && (scalars[before].isAlphabeticFast || scalars[before] == "," || ("0"..."9").contains(scalars[before]))
            guard !chunkHasSlash else { continue }
            guard let word = candidates(scalars, start..<index, model: model, continuesPhrase: continues, midSentence: midSentence) else {
                // Lower-case letters that make no syllable: OCR debris ("thdng", "ctia").
                if index - start >= 2, (start..<index).allSatisfy({ scalars[$0].isLowercaseFast }) { unmended += 1 }
                continue
            }
            words.append(word)
        }
        return (words, acronyms)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isAlphabeticFast || ("0"..."9").contains(scalar) || scalar == "¢"
    }

    /// The candidates of the word at `range`, or nil when it is not a syllable to restore.
    static func candidates(_ scalars: [Unicode.Scalar], _ range: Range<Int>, model: RestorationModel, continuesPhrase: Bool, midSentence: Bool) -> Word? {
        var skeleton: [UInt8] = []
        skeleton.reserveCapacity(range.count)
        var evidence: [VietnameseSyllable.Marks?] = []  // nil: a letter that tells nothing
        var letters = 0, uppers = 0
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
                skeleton.append(0x6F); evidence.append(nil)
            default:
                guard scalar.isAlphabeticFast else { return nil }
                let folded = VietnameseFold.fold([scalar])[0]
                guard folded >= 0x61, folded <= 0x7A else { return nil }
                skeleton.append(folded)
                let marks = VietnameseSyllable.marks(scalar)
                evidence.append(marks == .none ? nil : marks)
                letters += 1
                if scalar.isUppercaseFast { uppers += 1 }
            }
        }
        guard letters > 0, let ids = model.bySkeleton[String(decoding: skeleton, as: UTF8.self)] else { return nil }
        let casing: Casing = uppers == 0 ? .lower : (uppers == letters && letters > 1 ? .upper : (scalars[range.lowerBound].isUppercaseFast || scalars[range.lowerBound] == "P" ? .capitalised : .lower))
        var scored: [(id: Int32, evidence: Float)] = []
        scored.reserveCapacity(ids.count)
        for id in ids {
            let syllable = model.scalars[Int(id)]
            guard syllable.count == evidence.count else { continue }
            var score: Float = 0
            switch casing {
            case .lower: score += casingWeight * model.logLowerCase[Int(id)]
            case .capitalised where midSentence: score += casingWeight * model.logCapitalised[Int(id)]
            default: break
            }
            for (index, seen) in evidence.enumerated() {
                guard let seen else { continue }
                let actual = VietnameseSyllable.marks(syllable[index])
                score += agreement(seen, actual)
            }
            scored.append((id, score))
        }
        guard !scored.isEmpty else { return nil }
        scored.sort { model.logUnigram[Int($0.id)] + $0.evidence > model.logUnigram[Int($1.id)] + $1.evidence }
        return Word(range: range, candidates: Array(scored.prefix(beam)), casing: casing, continuesPhrase: continuesPhrase)
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
