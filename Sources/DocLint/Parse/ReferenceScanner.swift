/// Finds citations of other documents: "Kế hoạch số 29/KH-UBND ngày 11/8/2025 của …",
/// "Nghị quyết 57-NQ/TW", "Thông tư số 26/2025/TT-BYT", also when split across lines or pages
/// (it scans a stream of all content lines) and with stray spaces ("01- KH/BCĐTW").
enum ReferenceScanner {
    static let soWords: Set<String> = ["so", "s6", "s0", "sb", "se", "sd", "s5", "s"]
    /// The document types' names as folded phrases, longest first. Phrases only: iterating
    /// (type, phrase) pairs copied and released each pair, 80 per citation.
    static let typeKeys: [[[UInt8]]] = DocumentTypes.all
        .map { phrase($0.key) }
        .sorted { $0.count > $1.count }

    static func scan(_ stream: TextStream, footnoteLines: Set<Int>, fuzzy: Bool) -> [Reference] {
        let scalars = stream.scalars
        let folded = stream.folded
        let words = FoldedWords(folded)
        var references: [Reference] = []
        var index = 0
        while index < scalars.count {
            let isStart = Bytes.isDigit(folded[index]) && scalars[index].value < 0x80
                && (index == 0 || !(VietnameseFold.isWordByte(folded[index - 1]) || folded[index - 1] == 0x2F || folded[index - 1] == 0x2D || folded[index - 1] == 0x2E))
            var resume = index
            if isStart, let reference = code(at: index, stream, words, footnoteLines: footnoteLines, fuzzy: fuzzy, resumeAt: &resume) {
                references.append(reference)
                index = resume
            } else {
                index += 1
            }
        }
        return references
    }

    private static func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar.isUppercaseFast }
    private static func isGroupScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isAlphabeticFast || (scalar.value >= 0x30 && scalar.value <= 0x39) || scalar == "&"
    }

    /// A capital and then only lower-case letters ("Ngày" glued after "TT-BYT-"): a word, not a code
    /// group; groups have several capitals ("TTg", "QyĐ", "UBND").
    private static func isPlainWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.count >= 3 && scalars[range].dropFirst().allSatisfy { $0.isLowercaseFast }
    }

    /// Reads one code group ("KH", "UBND", "KH&CĐS", "QyĐ", "QH14") at `start`.
    private static func group(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard start < scalars.count, isUpper(scalars[start]) else { return nil }
        var end = start
        while end < scalars.count, isGroupScalar(scalars[end]) { end += 1 }
        return end
    }

    private static func code(at start: Int, _ stream: TextStream, _ words: FoldedWords,
                             footnoteLines: Set<Int>, fuzzy: Bool, resumeAt: inout Int) -> Reference? {
        // `resumeAt` (where scanning goes on) is an inout, not half of a returned tuple: copying the
        // tuple copied every String of the Reference (0.8% of a repository run).
        let scalars = stream.scalars
        let folded = stream.folded
        var index = start
        while index < scalars.count, Bytes.isDigit(folded[index]) { index += 1 }
        let numberEnd = index
        guard numberEnd - start <= 5 else { return nil }
        var spaces: [Range<Int>] = []
        func skipSpace() {
            if index < scalars.count, folded[index] == 0x20, index + 1 < scalars.count, folded[index + 1] != 0x20 {
                spaces.append(index..<index + 1); index += 1
            }
        }
        skipSpace()
        guard index < scalars.count else { return nil }
        let separator = folded[index]
        guard separator == 0x2F || separator == 0x2D else { return nil }
        index += 1
        skipSpace()
        var style: CodeStyle
        var groups: [Range<Int>] = []
        var year: String?
        if separator == 0x2F {
            // Optional year: 30/2020/NĐ-CP
            if index + 4 < scalars.count, (index..<index + 4).allSatisfy({ Bytes.isDigit(folded[$0]) }), folded[index + 4] == 0x2F {
                year = stream.text(index..<index + 4)
                index += 5
            }
            guard let first = group(scalars, at: index) else { return nil }
            groups.append(index..<first); index = first
            while index < scalars.count {
                var probe = index
                var gap: [Range<Int>] = []
                if probe < scalars.count, folded[probe] == 0x20 { gap.append(probe..<probe + 1); probe += 1 }
                guard probe < scalars.count, folded[probe] == 0x2D else { break }
                probe += 1
                if probe < scalars.count, folded[probe] == 0x20 { gap.append(probe..<probe + 1); probe += 1 }
                guard let end = group(scalars, at: probe), !isPlainWord(scalars, probe..<end) else { break }
                spaces.append(contentsOf: gap)
                groups.append(probe..<end); index = end
            }
            let firstGroup = stream.text(groups[0])
            if year != nil {
                style = .normative
            } else if groups.count < 2 {
                return nil
            } else if DocumentTypes.stateCodes.contains(firstGroup) || DocumentTypes.obsoleteStateCodes[firstGroup] != nil {
                style = .state
            } else {
                style = .stateCongVan
            }
        } else {
            // Party: 02-KH/BCĐ
            guard let typeEnd = group(scalars, at: index) else { return nil }
            groups.append(index..<typeEnd); index = typeEnd
            guard index < scalars.count, folded[index] == 0x2F else { return nil }
            index += 1
            guard let issuerEnd = group(scalars, at: index) else { return nil }
            groups.append(index..<issuerEnd); index = issuerEnd
            // The issuing body may name its unit too: "183-KH/TWĐTN-TNNT".
            while index + 1 < scalars.count, folded[index] == 0x2D, let end = group(scalars, at: index + 1), !isPlainWord(scalars, (index + 1)..<end) {
                groups[1] = groups[1].lowerBound..<end; index = end
            }
            style = .party
        }
        let codeEnd = index
        let number = stream.text(start..<numberEnd)
        let groupTexts = groups.map { stream.text($0) }
        let typeCode: String?
        let symbol: String
        switch style {
        case .party:
            typeCode = groupTexts[0]; symbol = groupTexts[0] + "/" + groupTexts[1]
        case .normative:
            typeCode = groupTexts[0]; symbol = groupTexts.joined(separator: "-")
        case .state:
            typeCode = groupTexts[0]; symbol = groupTexts.joined(separator: "-")
        default:
            typeCode = nil; symbol = groupTexts.joined(separator: "-")
        }
        let code: String
        switch style {
        case .party: code = number + "-" + symbol
        case .normative: code = number + "/" + (year ?? "") + "/" + symbol
        default: code = number + "/" + symbol
        }

        // Look back for "<Loại> số".
        var citationStart = start
        var hasSo = false
        var typeWord: String?
        var typeKey: String?
        var wordIndex = words.wordIndex(atOrAfter: start) - 1
        if wordIndex >= 0, soWords.contains(words.string(wordIndex)), words.ranges[wordIndex].upperBound >= start - 2 {
            hasSo = true
            citationStart = words.ranges[wordIndex].lowerBound
            wordIndex -= 1
        }
        let typeKeys = Self.typeKeys
        typeSearch: for skipped in 0...2 {
            for key in typeKeys {
                let first = wordIndex - skipped - key.count + 1
                guard first >= 0, words.matches(key, at: first, fuzzy: fuzzy) else { continue }
                // Only when the words between are plain words on the same stretch ("Kế hoạch hành động số").
                let from = words.ranges[first].lowerBound
                let gapEnd = hasSo ? citationStart : start
                if gapEnd - words.ranges[wordIndex - skipped].upperBound > 3 { continue }
                typeWord = stream.text(from..<words.ranges[wordIndex - skipped].upperBound)
                typeKey = ReferenceScanner.collapsedKey(folded[from..<words.ranges[wordIndex - skipped].upperBound])
                citationStart = from
                break typeSearch
            }
            if !hasSo { break }
        }

        // Look ahead for ", ngày 11/8/2025" and "của <cơ quan>".
        var end = codeEnd
        var written: WrittenDate?
        var dateRange: Range<Int>?
        var next = words.wordIndex(atOrAfter: codeEnd)
        // Only a blank or a comma between: "… 03/2022/TT-BYT - Ngày 18/10/2021, …" starts another item.
        if next < words.count, words.ranges[next].lowerBound - codeEnd <= 3,
           folded[codeEnd..<words.ranges[next].lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0x2C }),
           Fuzzy.equal(words.word(next), Array("ngay".utf8), fuzzy: fuzzy), next + 1 < words.count {
            if let date = DateScanner.numeric(folded, at: words.ranges[next + 1].lowerBound), let dateYear = date.year {
                written = WrittenDate(day: date.day, month: date.month, year: dateYear)
                dateRange = date.range
                end = date.range.upperBound
            } else if let date = DateScanner.verbal(words, at: next, fuzzy: fuzzy) {
                written = WrittenDate(day: date.day, month: date.month, year: date.year!)
                dateRange = words.ranges[next + 1].lowerBound..<date.range.upperBound
                end = date.range.upperBound
            }
        }
        if written == nil, let before = dateOpeningSentence(before: citationStart, words, folded, scalars) {
            written = before.date
            dateRange = before.range
        }
        var issuer: String?
        next = words.wordIndex(atOrAfter: end)
        if next < words.count, words.ranges[next].lowerBound - end <= 3, words.string(next) == "cua" {
            var last = next + 1
            var issuerEnd = next + 1
            while last < words.count, last - next <= 14 {
                let gapStart = words.ranges[last - 1].upperBound
                let gap = folded[gapStart..<words.ranges[last].lowerBound]
                if last > next + 1, gap.contains(where: { switch $0 { case 0x2C, 0x3B, 0x2E, 0x28, 0x3A: true; default: false } }) { break }
                let word = words.string(last)
                if word == "ve" || word == "tai" || word == "theo" || word == "truoc" { break }
                // "Công văn số 4120/UBND-KT của Ủy ban nhân dân tỉnh ngày 28/12/2026": the date after the issuer.
                if word == "ngay", last + 1 < words.count, let date = DateScanner.numeric(folded, at: words.ranges[last + 1].lowerBound), let dateYear = date.year {
                    if written == nil {
                        written = WrittenDate(day: date.day, month: date.month, year: dateYear)
                        dateRange = date.range
                    }
                    break
                }
                issuerEnd = last + 1
                last += 1
            }
            if issuerEnd > next + 1 {
                let range = words.ranges[next + 1].lowerBound..<words.ranges[issuerEnd - 1].upperBound
                issuer = stream.text(range)
            }
        }

        let span = stream.span(citationStart..<end)
        let codeSpan = stream.span(start..<codeEnd)
        let reference = Reference(
            line: codeSpan.startLine + 1, column: 0, raw: stream.text(citationStart..<end), typeWord: typeWord,
            number: number, symbol: symbol, typeCode: typeCode, style: style, code: code,
            date: written?.civil?.iso, year: year, issuer: issuer, hasSoWord: hasSo,
            inFootnote: footnoteLines.contains(codeSpan.startLine), span: span, codeSpan: codeSpan,
            writtenDate: written, dateSpan: dateRange.map { stream.span($0) }, spacesInside: spaces.map { stream.span($0) },
            namedTypeIndex: typeKey.flatMap { DocumentTypes.index(ofKey: $0) }.map(Int16.init))
        resumeAt = max(codeEnd, start + 1)
        return reference
    }

    static let ngay = Array("ngay".utf8)

    /// "Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW …": the date that opens the
    /// sentence of a citation and is followed by a comma, when no sentence or clause mark stands between.
    static func dateOpeningSentence(before citationStart: Int, _ words: FoldedWords, _ folded: [UInt8], _ scalars: [Unicode.Scalar]) -> (date: WrittenDate, range: Range<Int>)? {
        // Most citations have no "ngày" earlier in their sentence: find where the sentence starts and
        // look for the word's bytes there before walking back word by word.
        var sentenceStart = citationStart
        while sentenceStart > 0, citationStart - sentenceStart < 200 {
            let byte = folded[sentenceStart - 1]
            if byte == 0x2E || byte == 0x3B || byte == 0x3A { break }
            sentenceStart -= 1
        }
        var sawNgay = false
        var probe = sentenceStart
        while probe + 4 <= citationStart {
            if folded[probe] == 0x6E, folded[probe + 1] == 0x67, folded[probe + 2] == 0x61, folded[probe + 3] == 0x79 { sawNgay = true; break }
            probe += 1
        }
        guard sawNgay else { return nil }
        var w = words.wordIndex(atOrAfter: citationStart) - 1
        let ngay = ReferenceScanner.ngay
        while w >= 0, citationStart - words.ranges[w].lowerBound < 200 {
            let gap = folded[words.ranges[w].upperBound..<(w + 1 < words.count ? words.ranges[w + 1].lowerBound : citationStart)]
            if gap.contains(where: { $0 == 0x2E || $0 == 0x3B || $0 == 0x3A }) { return nil }
            if words.word(w).elementsEqual(ngay), w + 1 < words.count,
               let date = DateScanner.numeric(folded, at: words.ranges[w + 1].lowerBound), let year = date.year,
               date.range.upperBound < folded.count, folded[date.range.upperBound] == 0x2C {
                // Only at the start of the sentence: nothing but a mark or the stream start before "Ngày".
                let before = w == 0 ? folded[0..<words.ranges[0].lowerBound] : folded[words.ranges[w - 1].upperBound..<words.ranges[w].lowerBound]
                // A capital "Ngày" opens a sentence too (a line of its own, joined to the previous one).
                guard w == 0 || scalars[words.ranges[w].lowerBound] == "N"
                        || before.contains(where: { $0 == 0x2E || $0 == 0x3A || $0 == 0x2D }) else { return nil }
                return (WrittenDate(day: date.day, month: date.month, year: year), date.range)
            }
            w -= 1
        }
        return nil
    }

    /// The folded key of a type word as `VietnameseFold.fold(text).collapsingSpaces` gives it, made
    /// from the stream's key bytes (folding the word's String again cost more than the scan).
    static func collapsedKey(_ folded: ArraySlice<UInt8>) -> String {
        String(decoding: folded.filter { $0 != VietnameseFold.ignorable }, as: UTF8.self).collapsingSpaces
    }
}
