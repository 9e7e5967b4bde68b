/// The header block read as one stream of words, whatever its line breaks.
///
/// A header is two columns (issuer, Số, V/v on the left; Quốc hiệu, Tiêu ngữ, place and date on
/// the right) and real copies flatten it every way: the place-and-date after the V/v, on the Số line,
/// in a right-hand cell after a `|`, or wrapped ("Hà" / "Nội, ngày 12 tháng 9" / "năm 2019"); the
/// Quốc hiệu split ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"). So the parts that a line break can
/// cut are looked for first in joined streams of lines — the whole zone for a split Quốc hiệu, a few
/// lines around each "ngày" for the date — and the line-by-line walk of `parseHeader` then treats the
/// lines they cover as taken (`headerClaims`).
extension ParserState {
    /// Content index where the header zone ends: the title ("QUYẾT ĐỊNH"), Kính gửi, căn cứ, a section
    /// marker, or the first long line of prose. The V/v stays inside: the date may follow it.
    func findHeaderZoneEnd() -> Int {
        var k = 0
        while k < content.count, k < 30 {
            let candidate = line(k)
            if candidate.isOversized { break }
            if k > 0, matchTitle(candidate, signerAfter: true) != nil || isBodyStart(candidate) { break }
            // A long line of prose ends the zone; two columns flattened onto one line ("Số: …      Hà
            // Nội, ngày …") keep a wide gap between the cells.
            if candidate.trimmedEnd - candidate.indentation > 110, !isSubjectLine(candidate), !candidate.isUpperCase,
               !candidate.trimmed.containsBytes("   "), !holdsHeaderTitle(candidate) { break }
            k += 1
        }
        return k
    }

    /// Finds the Quốc hiệu when a line break cuts it, and the place-and-date wherever it stands in
    /// the zone; records the columns they take on each line.
    mutating func locateWrappedHeaderParts(zoneEnd: Int) {
        headerZoneEnd = zoneEnd
        guard zoneEnd > 0 else { return }
        if !(0..<zoneEnd).contains(where: { holdsHeaderTitle(line($0)) }) {
            let stream = TextStream(lines: lines, indices: Array(content[0..<zoneEnd]))
            let words = FoldedWords(stream.folded)
            for (title, isParty) in ParserState.headerTitles {
                guard let at = words.find(title, fuzzy: fuzzy) else { continue }
                setTitle(words.ranges[at].lowerBound..<words.ranges[at + title.count - 1].upperBound, isParty: isParty)
                break
            }
            // Glued to the Tiêu ngữ by a web copy: "… VIỆT NAMĐộc lập - …".
            let stem = Array(ParserState.nationalTitle.dropLast())
            if document.header.nationalTitle == nil, let at = words.find(stem, fuzzy: fuzzy), at + stem.count < words.count,
               words.word(at + stem.count).starts(with: "nam".utf8) {
                setTitle(words.ranges[at].lowerBound..<(words.ranges[at + stem.count].lowerBound + 3), isParty: false)
            }
            func setTitle(_ range: Range<Int>, isParty: Bool) {
                let span = stream.span(range)
                document.header.nationalTitle = NationalTitle(line: span.startLine + 1, text: stream.text(range), isParty: isParty, span: span)
                claim(span)
            }
        }
        // The date is looked for around each line that holds "ngày" (the line before may hold the
        // place, the next two the month and year), not in a stream of the whole zone: most headers
        // hold one such line. OCR text may have garbled the word: there the whole zone is read.
        // Lines with "tháng" but no "ngày" come last: a date line that lacks the word ("Hà Nội, 05
        // tháng 01 năm 2027"), which date-line reports.
        var withNgay: [Int] = [], withThangOnly: [Int] = []
        if !fuzzy {
            for index in 0..<zoneEnd {
                let folded = line(index).folded
                if folded.containsBytes(ParserState.ngayBytes) { withNgay.append(index) }
                else if folded.containsBytes(ParserState.thangBytes) { withThangOnly.append(index) }
            }
        }
        let windows: [Range<Int>] = fuzzy ? [0..<zoneEnd] : (withNgay + withThangOnly).map { max(0, $0 - 1)..<min(zoneEnd, $0 + 3) }
        for window in windows {
            let stream = TextStream(lines: lines, indices: Array(content[window]))
            if let placeDate = findPlaceDate(stream, FoldedWords(stream.folded)) {
                document.header.placeDate = placeDate
                claim(placeDate.span)
                break
            }
        }
    }
    static let ngayBytes = Array("ngay".utf8), thangBytes = Array("thang".utf8), namBytes = Array("nam".utf8)

    /// Marks the columns of `span` as taken: on its first line from its start, on the others whole.
    private mutating func claim(_ span: TextSpan) {
        for index in span.startLine...span.endLine {
            let start = index == span.startLine ? span.startColumn : lines[index].indentation
            headerClaims[index] = min(headerClaims[index] ?? start, start)
        }
    }

    static let placeConnectors: Set<[UInt8]> = [Array("pho".utf8), Array("thi".utf8), Array("xa".utf8)]

    /// "Hà Nội, ngày 05 tháng 01 năm 2026" (drafts leave day and month blank) in the stream: the
    /// first one that is a place-and-date, that is whose "ngày" opens a line or follows a place name,
    /// and whose year ends its line. A date inside a sentence ("… ban hành ngày 5 tháng 3 năm 2025
    /// của …") is neither.
    func findPlaceDate(_ stream: TextStream, _ words: FoldedWords) -> PlaceDate? {
        let ngay = ParserState.ngayBytes, thang = ParserState.thangBytes, nam = ParserState.namBytes
        /// A word that is `keyword` followed by digits ("tháng11"): the digits' range.
        func glued(_ w: Int, _ keyword: [UInt8]) -> Range<Int>? {
            let word = words.word(w)
            guard word.count > keyword.count, word.starts(with: keyword),
                  word.dropFirst(keyword.count).allSatisfy(Bytes.isDigit) else { return nil }
            return (words.ranges[w].lowerBound + keyword.count)..<words.ranges[w].upperBound
        }
        func isNumber(_ w: Int, maxDigits: Int) -> Bool {
            w < words.count && words.word(w).count <= maxDigits && Bytes.number(words.word(w)) != nil
        }
        func token(_ range: Range<Int>) -> DateToken {
            DateToken(text: stream.text(range), value: Bytes.number(stream.folded[range]) ?? 0, span: stream.span(range))
        }
        var w = 0
        while w < words.count {
            defer { w += 1 }
            let ngayGlued = glued(w, ngay)
            // "Hà Nội, 05 tháng 01 năm 2027": the day without "ngày" after a place and its comma (the
            // date is found; date-line asks for the word). Not in OCR text, where the scan may have lost it.
            let dayWithoutNgay = !fuzzy && ngayGlued == nil && isNumber(w, maxDigits: 2) && w > 0 && w + 1 < words.count
                && words.word(w + 1).equals(thang)
                && stream.folded[words.ranges[w - 1].upperBound..<words.ranges[w].lowerBound].contains(0x2C)
            guard dayWithoutNgay || ngayGlued != nil || Fuzzy.equal(words.word(w), ngay, fuzzy: fuzzy) else { continue }
            var glue: [TextSpan] = []
            var cursor = w + 1
            var day: DateToken?
            if let digits = ngayGlued {
                guard digits.count <= 2 else { continue }
                day = token(digits); glue.append(stream.point(digits.lowerBound))
            } else if dayWithoutNgay {
                day = token(words.ranges[w])
            } else if isNumber(cursor, maxDigits: 2) {
                day = token(words.ranges[cursor]); cursor += 1
            }
            guard cursor < words.count else { continue }
            var month: DateToken?
            var numericForm: TextSpan?
            func slashBefore(_ w: Int) -> Bool { stream.folded[words.ranges[w - 1].upperBound..<words.ranges[w].lowerBound].elementsEqual([0x2F]) }
            if let digits = glued(cursor, thang), digits.count <= 2 {
                month = token(digits); glue.append(stream.point(digits.lowerBound)); cursor += 1
            } else if Fuzzy.equal(words.word(cursor), thang, fuzzy: fuzzy) {
                cursor += 1
                if isNumber(cursor, maxDigits: 2) { month = token(words.ranges[cursor]); cursor += 1 }
            } else if day != nil, ngayGlued == nil, isNumber(cursor, maxDigits: 2), cursor + 1 < words.count, words.word(cursor + 1).count == 4,
                      slashBefore(cursor), slashBefore(cursor + 1) {
                // "Hà Nội, ngày 05/01/2027": the date in figures (date-line asks for it in words).
                month = token(words.ranges[cursor]); cursor += 1
                numericForm = stream.span(words.ranges[w + 1].lowerBound..<words.ranges[cursor].upperBound)
            } else {
                continue
            }
            if numericForm == nil {
                guard cursor < words.count, Fuzzy.equal(words.word(cursor), nam, fuzzy: fuzzy) else { continue }
                cursor += 1
            }
            // The year: four digits, or four cut in two ("20 26").
            var yearRange: Range<Int>
            var splitYear: TextSpan?
            if isNumber(cursor, maxDigits: 4), words.word(cursor).count == 4 {
                yearRange = words.ranges[cursor]
            } else if isNumber(cursor, maxDigits: 2), words.word(cursor).count == 2, isNumber(cursor + 1, maxDigits: 2),
                      words.word(cursor + 1).count == 2, words.ranges[cursor + 1].lowerBound - words.ranges[cursor].upperBound == 1 {
                yearRange = words.ranges[cursor].lowerBound..<words.ranges[cursor + 1].upperBound
                splitYear = stream.span(words.ranges[cursor].upperBound..<words.ranges[cursor + 1].lowerBound)
                cursor += 1
            } else {
                continue
            }
            let end = yearRange.upperBound
            guard yearEndsItsLine(stream, end) else { continue }
            let ngayStart = words.ranges[w].lowerBound
            // The place: title-case words just before "ngày", with only spaces between them and a
            // comma (or nothing) before "ngày"; "|", ":", "/" or a lower-case word end it.
            var placeEndOffset = ngayStart
            while placeEndOffset > 0, stream.scalars[placeEndOffset - 1] == " " || stream.scalars[placeEndOffset - 1] == "\t" { placeEndOffset -= 1 }
            let hasComma = placeEndOffset > 0 && stream.folded[placeEndOffset - 1] == 0x2C
            var placeEnd = hasComma ? placeEndOffset - 1 : placeEndOffset
            while placeEnd > 0, stream.scalars[placeEnd - 1] == " " { placeEnd -= 1 }
            let ngaySpanLine = stream.point(words.ranges[w].lowerBound).startLine
            var placeStart = placeEnd
            var placeWords = 0
            var p = w - 1
            // Each earlier word must end where the place so far starts (the first) or one blank or
            // hyphen before ("Phan Rang-Tháp Chàm").
            while p >= 0, placeWords < 6,
                  words.ranges[p].upperBound == placeStart
                    || (placeWords > 0 && words.ranges[p].upperBound == placeStart - 1
                        && (stream.scalars[placeStart - 1] == " " || stream.scalars[placeStart - 1] == "-")) {
                let first = stream.scalars[words.ranges[p].lowerBound]
                let isTitleCase = first.isUppercaseFast
                    && stream.scalars[words.ranges[p]].dropFirst().contains(where: { $0.isLowercaseFast })
                let isSingleCapital = first.isUppercaseFast && words.ranges[p].count == 1
                guard isTitleCase || isSingleCapital || (placeWords > 0 && ParserState.placeConnectors.contains(Array(words.word(p)))) else { break }
                placeStart = words.ranges[p].lowerBound
                placeWords += 1
                p -= 1
            }
            // A place wrapped over lines ("Hà" / "Nội, ngày") fills the lines it starts on; a line that
            // only ends with capitalised words ("… cấp xã" / "Lạng Sơn, ngày") is not part of it. Nor
            // does a place start with a connector ("xã").
            func opensPlace(_ first: Int) -> Bool {
                let start = stream.point(words.ranges[first].lowerBound)
                return !(words.ranges[first].count <= 3 && ParserState.placeConnectors.contains(Array(words.word(first))))
                    && (start.startLine == ngaySpanLine || start.startColumn == lines[start.startLine].indentation)
            }
            var firstPlaceWord = p + 1
            while placeWords > 0, !opensPlace(firstPlaceWord) { firstPlaceWord += 1; placeWords -= 1 }
            if placeWords > 0 { placeStart = words.ranges[firstPlaceWord].lowerBound }
            let ngaySpan = stream.span(ngayStart..<words.ranges[w].upperBound)
            let ngayOpensLine = ngaySpan.startColumn == lines[ngaySpan.startLine].indentation
            guard placeWords > 0 || ngayOpensLine else { continue }
            if dayWithoutNgay, placeWords == 0 || !hasComma { continue }
            let start = placeWords > 0 ? placeStart : ngayStart
            let span = stream.span(start..<end)
            let date = day.flatMap { day in month.flatMap { CivilDate(year: Bytes.number(stream.folded[yearRange].filter(Bytes.isDigit)[...]) ?? 0, month: $0.value, day: day.value) } }
            let year = Bytes.number(stream.folded[yearRange].filter(Bytes.isDigit)[...])
            return PlaceDate(line: span.startLine + 1, raw: stream.text(start..<end),
                             place: placeWords > 0 ? stream.text(placeStart..<placeEnd) : nil,
                             date: date?.iso, day: day?.value, month: month?.value, year: year, span: span,
                             hasCommaAfterPlace: hasComma,
                             placeEnd: placeWords > 0 ? stream.point(placeEnd) : nil,
                             dayToken: day, monthToken: month, ngaySpan: ngaySpan, gluedNumbers: glue, splitYear: splitYear,
                             numericForm: numericForm, missingNgay: dayWithoutNgay ? stream.point(ngayStart) : nil)
        }
        return nil
    }

    /// Whether only blanks and cell or sentence marks ("|", ".", ";") follow the year on its line.
    private func yearEndsItsLine(_ stream: TextStream, _ end: Int) -> Bool {
        let lastScalar = stream.span((end - 1)..<end)
        let line = lines[lastScalar.startLine]
        var column = lastScalar.endColumn
        while column < line.scalars.count {
            let scalar = line.scalars[column]
            guard scalar.isWhitespaceFast || scalar == "|" || scalar == "." || scalar == ";" || scalar == ")" else { return false }
            column += 1
        }
        return true
    }
}
