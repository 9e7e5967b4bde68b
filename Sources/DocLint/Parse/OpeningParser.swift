import Foundation

/// What follows the header: the title with its trích yếu or the V/v, Kính gửi, and the căn cứ.
extension ParserState {
    // MARK: - Title, V/v

    /// A line that is a type name in capitals ("THÔNG BÁO", OCR "THONG BAO").
    func matchTitle(_ line: SourceLine, signerAfter: Bool = false) -> DocumentType? {
        // A title is short and in capitals: both tests allocate nothing, so they come before splitting
        // the line into words.
        guard line.trimmedEnd - line.indentation <= (signerAfter ? 80 : 60), line.isUpperCase else { return nil }
        let words = FoldedWords(line.folded, limit: signerAfter ? 16 : ParserState.longestTitleKey + 1)
        // The whole line must be a title key: one look-up of its words, not a pass over every type.
        // Where a title is expected, documents before 2011 name the signer after the type ("QUYẾT
        // ĐỊNH CỦA CHỦ TỊCH UBND TỈNH …", "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ"): the words before "của"
        // are the type then. Not within a summary: "KẾT LUẬN CỦA THỦ TƯỚNG …" continues "THÔNG BÁO".
        var end = words.count
        if signerAfter, words.count > 2, let of = (1..<min(words.count, ParserState.longestTitleKey + 1)).first(where: { words.word($0).equals("cua") }),
           words.count > of + 1 {
            end = of
        }
        guard end <= ParserState.longestTitleKey, end > 0 else { return nil }
        var key: [UInt8] = []
        key.reserveCapacity(line.folded.count)
        for index in 0..<end {
            if index > 0 { key.append(0x20) }
            key.append(contentsOf: words.word(index))
        }
        return ParserState.titleTypeByKey[key]
    }
    /// Title keys ("ke hoach") as bytes, each to the first type listed with it.
    static let titleTypeByKey: [[UInt8]: DocumentType] = Dictionary(
        DocumentTypes.titleTypes.map { (Array($0.key.utf8), $0) } + compoundTitles.compactMap { title, key in DocumentTypes.byKey(key).map { (Array(title.utf8), $0) } },
        uniquingKeysWith: { first, _ in first })
    /// Titles that name their type with a qualifier ("THÔNG BÁO KẾT LUẬN", "KẾ HOẠCH HÀNH ĐỘNG").
    static let compoundTitles: [(String, String)] = [("thong bao ket luan", "thong bao"), ("ke hoach hanh dong", "ke hoach"),
                                                     ("chuong trinh hanh dong", "chuong trinh"), ("bao cao tom tat", "bao cao"),
                                                     ("nghi quyet lien tich", "nghi quyet")]
    static let longestTitleKey = (DocumentTypes.titleTypes.map(\.key) + compoundTitles.map(\.0)).map { phrase($0).count }.max() ?? 0

    func isSubjectLine(_ line: SourceLine) -> Bool {
        let start = line.indentation
        guard start + 3 <= line.folded.count else { return false }
        return line.folded[start] == 0x76 && line.folded[start + 1] == 0x2F && line.folded[start + 2] == 0x76
    }

    /// When a V/v line is followed, within the header, by the Quốc hiệu (a header table read cell by
    /// cell), the content index just after the V/v and its continuation; nil otherwise.
    func subjectBeforeNationalTitle(_ k: Int) -> Int? {
        var next = k + 1
        while next < content.count, next <= k + 6 {
            let candidate = line(next)
            if holdsHeaderTitle(candidate) {
                return next
            }
            if isBodyStart(candidate) || matchTitle(candidate) != nil { return nil }
            next += 1
        }
        return nil
    }

    /// Continuation lines of a title summary or a V/v subject.
    func continuation(after k: Int, limit: Int) -> [Int] {
        var result: [Int] = []
        var next = k + 1
        while next < content.count, result.count < limit, !breakBefore[next] {
            let candidate = line(next)
            // A summary in capitals may open with a căn cứ word ("THỰC HIỆN CHƯƠNG TRÌNH …"): only a
            // section marker or Kính gửi ends it then.
            let startsBody = candidate.isUpperCase
                ? SectionMarker.detect(candidate, fuzzy: fuzzy) != nil || candidate.starts(with: ParserPhrases.kinhGui, fuzzy: fuzzy)
                : isBodyStart(candidate) && !(result.isEmpty && phraseOpensWithBasisWord(at: next))
            if startsBody || isRuleLine(candidate) || matchTitle(candidate) != nil || headerClaims[content[next]] != nil { break }
            if holdsHeaderTitle(candidate) || isProseParagraph(candidate) { break }
            result.append(next)
            next += 1
        }
        return result
    }

    /// A summary that opens with a căn cứ word, right under the title ("KẾ HOẠCH / Thực hiện công tác
    /// cải cách hành chính năm 2027"): a phrase of at most three lines, none ending a sentence or a
    /// căn cứ (".", ":", ";"), then a blank line. The opening paragraph it resembles ("Thực hiện
    /// Quyết định số …, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:") ends with ":" or ".".
    func phraseOpensWithBasisWord(at first: Int) -> Bool {
        guard startsBasis(line(first)) else { return false }
        var index = first
        while true {
            let text = line(index)
            if text.ends(with: ".") || text.ends(with: ":") || text.ends(with: ";") || text.trimmedEnd - text.indentation >= 200 { return false }
            if index + 1 >= content.count || breakBefore[index + 1] { return index + 1 < content.count }
            index += 1
            if index - first >= 3 || SectionMarker.detect(line(index), fuzzy: fuzzy) != nil { return false }
        }
    }

    /// A paragraph of prose written on one line, as Word and web copies give it: long, made of
    /// sentences, ending with "." or ":" ("Sáng ngày 04/3/2026, Chủ tịch … chủ trì cuộc họp …
    /// Chủ tịch kết luận như sau:"). A trích yếu is a phrase: it ends without a stop, and wraps
    /// onto short lines where it is long.
    func isProseParagraph(_ line: SourceLine) -> Bool {
        guard line.trimmedEnd - line.indentation >= 100, line.ends(with: ".") || line.ends(with: ":") else { return false }
        return !line.isUpperCase
    }

    /// A summary set one blank line below a bare title ("THÔNG BÁO", blank, "Kết luận của …"), as
    /// scans and PDF extracts space the title block: a short paragraph of its own, none of whose
    /// lines ends a sentence, that opens no body part. (A body paragraph ends with "." or ":".)
    func spacedSummary(after k: Int) -> [Int] {
        let first = k + 1
        guard first < content.count, breakBefore[first] else { return [] }
        let candidate = line(first)
        guard !isBodyStart(candidate), !isRuleLine(candidate), matchTitle(candidate) == nil, headerClaims[content[first]] == nil,
              !holdsHeaderTitle(candidate), SectionMarker.detect(candidate, fuzzy: fuzzy) == nil,
              !candidate.starts(with: ParserPhrases.kinhGui, fuzzy: fuzzy) else { return [] }
        var lines = [first] + continuation(after: first, limit: 3)
        // The paragraph must end here, before the body.
        guard let last = lines.last, last + 1 < content.count, breakBefore[last + 1] else { return [] }
        for index in lines {
            let text = line(index)
            if text.ends(with: ".") || text.ends(with: ":") || text.ends(with: ";") { lines = []; break }
        }
        return lines
    }

    mutating func parseTitleOrSubject(from start: Int) -> Int {
        var k = start
        // Skip rule lines under the header, and the place-and-date where it stands below the V/v.
        while k < content.count, isRuleLine(line(k)) || headerClaims[content[k]] != nil { k += 1 }
        guard k < content.count else { return k }
        let current = line(k)
        if let type = matchTitle(current, signerAfter: true) {
            var summaryLines = continuation(after: k, limit: 5)
            if summaryLines.isEmpty { summaryLines = spacedSummary(after: k) }
            let summary = summaryLines.map { line($0).trimmed }.joined(separator: " ")
            let span = TextSpan(line: content[k], columns: current.indentation..<current.trimmedEnd)
            document.title = Title(line: content[k] + 1, type: current.trimmed, summary: summary, span: span,
                                   summaryLines: summaryLines.map { content[$0] + 1 })
            document.kind = type.kind
            k = (summaryLines.last ?? k) + 1
        } else if isSubjectLine(current) {
            let rest = continuation(after: k, limit: 6)
            var text = current.slice(current.columns(from: current.indentation + 3)).trimmingWhitespace
            for next in rest { text += " " + line(next).trimmed }
            document.subject = LineText(span: TextSpan(line: content[k], columns: current.indentation..<current.trimmedEnd), text: text)
            k = (rest.last ?? k) + 1
        }
        while k < content.count, isRuleLine(line(k)) || headerClaims[content[k]] != nil { k += 1 }
        return k
    }

    // MARK: - Kính gửi

    static func dashStart(_ line: SourceLine) -> Int? {
        let start = line.indentation
        guard start < line.scalars.count else { return nil }
        let first = line.folded[start]
        guard first == 0x2D || first == 0x2B || line.scalars[start] == "•" else { return nil }
        var text = start + 1
        while text < line.scalars.count, line.scalars[text].isWhitespaceFast { text += 1 }
        return text
    }

    /// "Ngày 26/4/2022, …", "Ngày 05 tháng 3 …": a paragraph that opens with a date.
    static func opensWithDate(_ line: SourceLine) -> Bool {
        let folded = line.folded, start = line.indentation
        guard folded.count >= start + 6, folded[start..<(start + 5)].equals("ngay ") else { return false }
        return Bytes.isDigit(folded[start + 5])
    }

    mutating func parseKinhGui(from start: Int) -> Int {
        var k = start
        let limit = min(content.count, start + 8)
        while k < limit, !line(k).starts(with: ParserPhrases.kinhGui, fuzzy: fuzzy) {
            // Kính gửi comes right after the V/v or at the top of a body-only text.
            if isBodyStart(line(k)) { return start }
            k += 1
        }
        guard k < limit else { return start }
        let index = content[k]
        let kinhGui = line(k)
        document.kinhGui = LineText(span: TextSpan(line: index, columns: kinhGui.indentation..<kinhGui.trimmedEnd), text: kinhGui.trimmed)
        if let colon = kinhGui.scalars.firstIndex(of: ":") {
            var textStart = colon + 1
            while textStart < kinhGui.trimmedEnd, kinhGui.scalars[textStart].isWhitespaceFast { textStart += 1 }
            if textStart < kinhGui.trimmedEnd {
                document.recipients.append(LineText(span: TextSpan(line: index, columns: kinhGui.columns(from: textStart)),
                                                    text: kinhGui.slice(kinhGui.columns(from: textStart))))
            }
        }
        k += 1
        // "Kính gửi:" alone, its one addressee on the next line (a table cell read apart) — unless
        // what follows is already the body ("Thực hiện …", "1. …"): then the addressee is missing.
        if document.recipients.isEmpty, k < content.count, ParserState.dashStart(line(k)) == nil, !isBodyStart(line(k)),
           line(k).trimmedEnd - line(k).indentation < 250, opensWithBody(line(k)) {
            let candidate = line(k)
            document.recipients.append(LineText(span: TextSpan(line: content[k], columns: candidate.indentation..<candidate.trimmedEnd), text: candidate.trimmed))
            return k + 1
        }
        while k < content.count {
            let candidate = line(k)
            if let textStart = ParserState.dashStart(candidate) {
                document.recipients.append(LineText(span: TextSpan(line: content[k], columns: candidate.indentation..<candidate.trimmedEnd),
                                                    text: candidate.slice(candidate.columns(from: textStart))))
            } else if let last = document.recipients.last, !last.text.endsWith(";"), !last.text.endsWith("."), !isBodyStart(candidate),
                      document.recipients.count > 0, !breakBefore[k],
                      // A name wraps onto a short line; a web copy that lost its blank lines goes
                      // straight on with the body's first paragraph ("Ngày 26/4/2022, Bộ Y tế …").
                      candidate.trimmedEnd - candidate.indentation <= 120, !ParserState.opensWithDate(candidate) {
                let joined = last.text + " " + candidate.trimmed
                var span = last.span
                span.endLine = content[k]; span.endColumn = candidate.trimmedEnd
                document.recipients[document.recipients.count - 1] = LineText(span: span, text: joined)
            } else {
                break
            }
            k += 1
        }
        return k
    }

    /// Whether the line starts with the name of a body ("Ban Chỉ đạo …", "Sở Y tế …").
    func opensWithBody(_ candidate: SourceLine) -> Bool {
        var stream = TextStream(lines: lines, indices: [])
        stream.append(candidate, index: candidate.number - 1)
        return AgencyPhrase.isHead(FoldedWords(stream.folded), stream, at: 0, fuzzy: fuzzy) != nil
    }

    // MARK: - Căn cứ

    /// Whether a folded căn cứ paragraph goes on to ask something of someone ("… đề nghị các sở:",
    /// "… yêu cầu Thủ trưởng các đơn vị:"); "Theo đề nghị của …" and "Xét đề nghị …" cite a proposal.
    static func opensRequest(_ folded: String) -> Bool {
        guard !folded.hasPrefix("theo "), !folded.hasPrefix("xet ") else { return false }
        return folded.containsBytes(" de nghi ") || folded.containsBytes(" yeu cau ")
    }

    mutating func parseBasis(from start: Int) -> Int {
        var k = start
        // A Quyết định names its issuing authority in capitals above the căn cứ.
        while k < content.count, k < start + 2, line(k).isUpperCase, SectionMarker.detect(line(k), fuzzy: fuzzy) == nil,
              k + 1 < content.count, startsBasis(line(k + 1)) { k += 1 }
        while k < content.count {
            let first = line(k)
            guard startsBasis(first) else { break }
            var lastK = k
            var text = first.trimmed
            while !(text.endsWith(";") || text.endsWith(".") || text.endsWith(":") || text.endsWith(",")),
                  lastK + 1 < content.count, !breakBefore[lastK + 1], !isBodyStart(line(lastK + 1)) {
                lastK += 1
                text += " " + line(lastK).trimmed
            }
            let span = TextSpan(startLine: content[k], startColumn: first.indentation, endLine: content[lastK], endColumn: line(lastK).trimmedEnd)
            document.basis.append(LineText(span: span, text: text))
            // "Căn cứ …, Ban Tổ chức Tỉnh ủy đề nghị các đơn vị:" and its dash items: the căn cứ also
            // opens the body's request, which the task extractor reads (a quyết định's never does).
            if document.kind != .quyetDinh, text.endsWith(":"), ParserState.opensRequest(VietnameseFold.fold(text)) { break }
            k = lastK + 1
        }
        return k
    }
}
