/// Dates written in the body: "07/11/2025", "7/11/2025", "01-10-1997", "15/11" (year implied),
/// and "ngày 15 tháng 7 năm 2025". A hand-written scanner over the folded key (swift-notes §3:
/// ~60× faster than Swift Regex).
enum DateScanner {
    struct Found {
        let range: Range<Int>
        let day: Int
        let month: Int
        let year: Int?
    }

    /// A numeric date starting exactly at `start`.
    static func numeric(_ bytes: [UInt8], at start: Int) -> Found? {
        guard start < bytes.count, Bytes.isDigit(bytes[start]) else { return nil }
        if start > 0, Bytes.isDigit(bytes[start - 1]) || bytes[start - 1] == 0x2F { return nil }
        func digits(_ from: Int, max: Int) -> Int {
            var end = from
            while end < bytes.count, end - from < max + 1, Bytes.isDigit(bytes[end]) { end += 1 }
            return end - from
        }
        let dayLength = digits(start, max: 2)
        guard (1...2).contains(dayLength) else { return nil }
        var index = start + dayLength
        guard index < bytes.count else { return nil }
        let separator = bytes[index]
        guard separator == 0x2F || separator == 0x2D || separator == 0x2E else { return nil }
        index += 1
        let monthLength = digits(index, max: 2)
        guard (1...2).contains(monthLength) else { return nil }
        let day = Bytes.number(bytes[start..<start + dayLength])!
        let month = Bytes.number(bytes[index..<index + monthLength])!
        index += monthLength
        if index + 1 < bytes.count, bytes[index] == separator, Bytes.isDigit(bytes[index + 1]) {
            let yearLength = digits(index + 1, max: 4)
            guard yearLength == 4 else { return nil }
            let year = Bytes.number(bytes[(index + 1)..<(index + 5)])!
            return Found(range: start..<(index + 5), day: day, month: month, year: year)
        }
        // Year-less "15/11" only with a slash, and not followed by more of a code or number.
        guard separator == 0x2F else { return nil }
        if index < bytes.count, Bytes.isDigit(bytes[index]) || bytes[index] == 0x2F || bytes[index] == 0x25 { return nil }
        return Found(range: start..<index, day: day, month: month, year: nil)
    }

    /// "ngay 15 thang 7 nam 2025" starting at word `start` (which must be "ngay").
    static func verbal(_ words: FoldedWords, at start: Int, fuzzy: Bool) -> Found? {
        guard start + 5 < words.count,
              Fuzzy.equal(words.word(start), Array("ngay".utf8), fuzzy: fuzzy),
              let day = Bytes.number(words.word(start + 1)),
              Fuzzy.equal(words.word(start + 2), Array("thang".utf8), fuzzy: fuzzy),
              let month = Bytes.number(words.word(start + 3)),
              Fuzzy.equal(words.word(start + 4), Array("nam".utf8), fuzzy: fuzzy),
              words.word(start + 5).count == 4, let year = Bytes.number(words.word(start + 5)) else { return nil }
        return Found(range: words.ranges[start].lowerBound..<words.ranges[start + 5].upperBound, day: day, month: month, year: year)
    }
}

/// Finds deadline expressions in a task's text (format-rules §4: "trước ngày …", "chậm nhất …",
/// "trong tháng 8/2025", "trong năm 2026", "hằng tháng", "thường xuyên"), resolving periods to
/// their last day as Bộ luật Dân sự 2015 Điều 146 counts them.
enum DeadlineParser {
    // Phrases are folded once, not per word of every task.
    static let monthLeads: [([[UInt8]], Int)] = [("trong thang", 0), ("cuoi thang", 0), ("het thang", 0), ("dau thang", 1), ("giua thang", 15),
                                                  ("den thang", 0)].map { (phrase($0.0), $0.1) }
    /// "trong vòng 24 giờ", "trong thời hạn 10 ngày", "chậm nhất 20 ngày trước ngày trình", "trong 05 ngày
    /// làm việc": a time limit counted from an event, complete without a calendar date.
    static let relativeLeads = PhraseSet(["trong vong", "trong thoi han", "trong thoi gian", "cham nhat", "trong", "sau", "khong qua"].map(phrase))
    /// A time set by an event the text names: "trước Tết Nguyên đán", "trước kỳ họp …", "trước khi
    /// tổ chức Đại hội", "ngay sau khi Kế hoạch được phê duyệt", a force on standby "khi có yêu cầu".
    static let eventLeads = PhraseSet(["truoc tet", "truoc ky hop", "truoc khi", "truoc dai hoi", "truoc le", "ngay sau khi",
                                       "khi co yeu cau", "khi co lenh"].map(phrase))
    /// "thời hạn như mục 1", "thời gian như trên": the deadline given to another item.
    static let sameAsLeads = PhraseSet(["thoi han nhu muc", "thoi gian nhu muc", "thoi han nhu tren", "thoi gian nhu tren"].map(phrase))
    static let relativeUnits = FoldedWordSet(["gio", "ngay", "tuan", "thang", "nam"])
    static let trongQuy = phrase("trong quy")
    static let quarters = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4]
    /// The second words of the leads, tested before the leads themselves.
    static let thang = Array("thang".utf8), quy = Array("quy".utf8), nam = Array("nam".utf8), thanh = Array("thanh".utf8), thoi = Array("thoi".utf8)
    static let giaiDoan = phrase("giai doan")
    static let ngay = Array("ngay".utf8), vao = Array("vao".utf8), den = Array("den".utf8), tu = Array("tu".utf8), gian = Array("gian".utf8)
    static let toan = Array("toan".utf8), hoanThanh = phrase("hoan thanh")

    /// The word where the day starts after a time of day at word `start` ("17 giờ", "17 giờ 30
    /// phút", "16h30", "8g00", then "ngày" and a numeric date, or "ngày … tháng … năm …"); nil
    /// when no time of day stands there or no word follows it.
    static func dayAfterTimeOfDay(_ words: FoldedWords, at start: Int) -> Int? {
        let folded = words.bytes
        let first = words.word(start)
        guard let lead = first.first, Bytes.isDigit(lead) else { return nil }
        var next: Int
        if first.count <= 2, first.allSatisfy(Bytes.isDigit), start + 1 < words.count, words.word(start + 1).equals("gio") {
            next = start + 2
            if next < words.count, words.word(next).count <= 2, words.word(next).allSatisfy(Bytes.isDigit) {
                next += 1
                if next < words.count, words.word(next).equals("phut") { next += 1 }
            }
        } else if let letter = first.firstIndex(where: { !Bytes.isDigit($0) }), letter - first.startIndex <= 2,
                  folded[letter] == UInt8(ascii: "h") || folded[letter] == UInt8(ascii: "g"),
                  first[(letter + 1)...].count <= 2, first[(letter + 1)...].allSatisfy(Bytes.isDigit) {
            next = start + 1
        } else {
            return nil
        }
        guard next < words.count else { return nil }
        if words.word(next).equals(ngay), next + 1 < words.count, DateScanner.numeric(folded, at: words.ranges[next + 1].lowerBound) != nil {
            return next + 1
        }
        return next
    }

    /// Whether a date opened by "từ" ends right before word `index` ("từ ngày 15/01/2027 đến …",
    /// "từ 15 tháng 01 năm 2027 đến …"): the words between are the date's own.
    static func periodStart(before index: Int, _ words: FoldedWords) -> Bool {
        guard index >= 2, Bytes.isDigit(words.bytes[words.ranges[index - 1].lowerBound]) else { return false }
        var at = index - 1
        while at > 0, index - at <= 8, Bytes.isDigit(words.bytes[words.ranges[at].lowerBound]) || words.word(at).equals(ngay)
                || words.word(at).equals(thang) || words.word(at).equals(nam) { at -= 1 }
        return words.word(at).equals(tu) && at + 1 < index - 1
    }
    static let yearLeads: [(String, [[UInt8]])] = ["trong nam", "hoan thanh nam", "trong nam nay", "het nam", "den nam",
                                                   "thoi gian nam", "thoi gian thuc hien nam", "thoi gian hoan thanh nam",
                                                   // "bố trí kinh phí trong dự toán ngân sách năm 2027": the budget year.
                                                   "du toan nam", "du toan ngan sach nam", "du toan ngan sach nha nuoc nam"].map { ($0, phrase($0)) }
    static let dateTriggers = PhraseSet(["truoc ngay", "truoc", "cham nhat ngay", "cham nhat la ngay", "cham nhat la", "cham nhat",
                                           "den ngay", "den het ngay", "han chot", "thoi han", "trong ngay", "xong truoc ngay",
                                           "hoan thanh ngay", "hoan thanh truoc ngay", "hoan thanh truoc", "han",
                                           // The day an activity is held: "tổ chức vào ngày 16/02/2026",
                                           // a kế hoạch's "- Thời gian: sáng ngày 06/5/2026".
                                           "vao ngay", "thoi gian ngay", "thoi gian sang ngay", "thoi gian chieu ngay", "thoi gian toi ngay",
                                           "thoi gian vao ngay", "thoi gian to chuc ngay", "thoi gian du kien ngay"].map(phrase))
    static let recurring = PhraseSet(["hang ngay", "hang tuan", "hang thang", "hang quy", "hang nam", "dinh ky", "moi thang", "moi quy"].map(phrase))
    static let ongoing = PhraseSet(["thuong xuyen", "lien tuc"].map(phrase))
    static let leadWords = PhraseSet.firstWords(of: [dateTriggers, relativeLeads, sameAsLeads, eventLeads, recurring, ongoing])

    static func parse(_ stream: TextStream, issueDate: CivilDate?, documentYear: Int?, fuzzy: Bool) -> [Deadline] {
        var deadlines = parse(stream, documentYear: documentYear, fuzzy: fuzzy)
        // "đến ngày 31/10/2025 giải ngân đạt 61,8%": "đến ngày" before the document's date reports a
        // state as of that day; it sets no deadline ("trước ngày" keeps its meaning: a real slip).
        if let issueDate {
            deadlines.removeAll { deadline in
                guard deadline.kind == .byDate, let date = deadline.writtenDate?.civil, date < issueDate else { return false }
                return deadline.text.hasPrefix("đến ") || deadline.text.hasPrefix("Đến ") || (fuzzy && deadline.text.lowercased().hasPrefix("den "))
            }
        }
        // A date written without its year is its next occurrence after the document's date, not one
        // in the past: "định kỳ 6 tháng, trước ngày 20/6 và 20/12" (recurring), "trước ngày 15/01" in
        // a text of December (next January).
        guard let issueDate else { return deadlines }
        let recurring = deadlines.contains(where: { $0.kind == .recurring })
        for (position, deadline) in deadlines.enumerated() where deadline.kind == .byDate && !deadline.yearWritten {
            guard let written = deadline.writtenDate, let date = written.civil, date < issueDate else { continue }
            let next = WrittenDate(day: written.day, month: written.month, year: written.year + 1)
            deadlines[position] = Deadline(line: deadline.line, text: deadline.text, date: next.civil?.iso, kind: recurring ? .recurring : .byDate,
                                           span: deadline.span, writtenDate: next, yearWritten: false)
        }
        return deadlines
    }

    /// Whether the word after `index` is the second word of a month, quarter, period or year lead
    /// ("… tháng", "trong quý", "thời gian", "… năm", "hoàn thành", "… toàn").
    static func mayLeadWithSecondWord(_ words: FoldedWords, at index: Int, fuzzy: Bool) -> Bool {
        guard index + 1 < words.count else { return false }
        let next = index + 1
        return words.matchesWord(thang, at: next, fuzzy: fuzzy) || words.matchesWord(quy, at: next, fuzzy: fuzzy)
            || words.matchesWord(nam, at: next, fuzzy: fuzzy) || words.matchesWord(thanh, at: next, fuzzy: fuzzy)
            || words.matchesWord(gian, at: next, fuzzy: fuzzy) || words.matchesWord(toan, at: next, fuzzy: fuzzy)
    }

    static func parse(_ stream: TextStream, documentYear: Int?, fuzzy: Bool) -> [Deadline] {
        let words = FoldedWords(stream.folded)
        // The phrase tables in locals: a static is a lazy-initialisation check at every use, and
        // these are used at every word of every task.
        let dateTriggers = Self.dateTriggers, recurring = Self.recurring, ongoing = Self.ongoing
        let relativeLeads = Self.relativeLeads, relativeUnits = Self.relativeUnits, sameAsLeads = Self.sameAsLeads
        let thang = Self.thang, quy = Self.quy, nam = Self.nam, thanh = Self.thanh, trongQuy = Self.trongQuy
        let monthLeads = Self.monthLeads, yearLeads = Self.yearLeads, eventLeads = Self.eventLeads, leadWords = Self.leadWords
        let thoi = Self.thoi, gian = Self.gian, toan = Self.toan, thucHien = TaskPhrases.thucHien, hoanThanh = Self.hoanThanh
        var found: [Deadline] = []
        var consumedUntil = 0  // byte offset; a date belongs to one expression only

        func add(_ range: Range<Int>, _ kind: Deadline.Kind, _ date: CivilDate?, _ written: WrittenDate?, yearWritten: Bool = true) {
            let span = stream.span(range)
            found.append(Deadline(line: span.startLine + 1, text: stream.text(range), date: date?.iso, kind: kind, span: span, writtenDate: written,
                                  yearWritten: yearWritten))
            consumedUntil = range.upperBound
        }

        var index = 0
        while index < words.count {
            let wordStart = words.ranges[index].lowerBound
            if wordStart < consumedUntil { index += 1; continue }
            var matched = false
            let wordHash = words.hash(index)
            // Whether any of the phrase sets below has a phrase starting with this word.
            let startsPhrase = leadWords.contains(wordHash)
            // "trước ngày 07/11/2025", "chậm nhất 15/8/2025"
            // "… vào đêm Giao thừa (ngày 16/02/2026)": a day in brackets names when the activity is held.
            let bracketedDay = wordStart > 0 && stream.folded[wordStart - 1] == 0x28 && words.word(index).equals(Self.ngay)
            // Most words start nothing below: every test that follows needs a lead phrase here, a
            // bracketed "ngày", "giai đoạn", or one of six second words after it. Asked first, an
            // ordinary word costs this gate alone (the parser's instructions fell by a quarter).
            if !startsPhrase, !bracketedDay, words.bytes[wordStart] != UInt8(ascii: "g"), !Self.mayLeadWithSecondWord(words, at: index, fuzzy: fuzzy) {
                index += 1
                continue
            }
            for trigger in bracketedDay ? [[Self.ngay]] : startsPhrase ? dateTriggers.exactCandidates(words, at: index, hash: wordHash) : [] where words.matches(trigger, at: index, fuzzy: false) {
                // The day an activity is held, not a time limit: it may well be a holiday.
                // "từ ngày 15/01/2027 đến ngày 28/02/2027": the last day of a period the activity
                // runs over (patrols, a campaign), which may well be a Sunday, not a time limit.
                let endsPeriod = trigger.first!.equals(Self.den) && Self.periodStart(before: index, words)
                let kind: Deadline.Kind = bracketedDay || endsPeriod || trigger.first!.equals(Self.vao) || trigger.first!.equals(Self.thoi) ? .onDay : .byDate
                var after = index + trigger.count
                guard after < words.count else { continue }
                // "trước 17 giờ ngày 05/11/2026", "chậm nhất 16h30 ngày …": the hour, then the day.
                if let day = Self.dayAfterTimeOfDay(words, at: after) { after = day }
                let dateStart = words.ranges[after].lowerBound
                if let date = DateScanner.numeric(stream.folded, at: dateStart) {
                    // "giải ngân đến hết ngày 31/01/2027 đạt trên 95%": a point of measure, not a deadline.
                    let following = words.wordIndex(atOrAfter: date.range.upperBound)
                    if trigger[0].equals("den"), following < words.count, words.word(following).equals("dat") { continue }
                    let year = date.year ?? documentYear
                    let written = year.map { WrittenDate(day: date.day, month: date.month, year: $0) }
                    add(wordStart..<date.range.upperBound, kind, written?.civil, written, yearWritten: date.year != nil)
                    matched = true
                } else if let date = DateScanner.verbal(words, at: after, fuzzy: fuzzy) {
                    let written = WrittenDate(day: date.day, month: date.month, year: date.year!)
                    add(wordStart..<date.range.upperBound, kind, written.civil, written)
                    matched = true
                }
                if matched { break }
            }
            if matched { index += 1; continue }
            // Gates before the phrase tables ("trong" and "sau" are common words): "thời hạn như …"
            // starts with "thời"; a relative limit has a number within its next three words.
            let firstByte = words.bytes[wordStart]
            let mayBeSameAs = firstByte == UInt8(ascii: "t") && words.word(index).equals(thoi)
            let relativeCandidates = startsPhrase ? relativeLeads.exactCandidates(words, at: index, hash: wordHash) : []
            var numberFollows = false
            if !relativeCandidates.isEmpty {
                for ahead in (index + 1)..<min(words.count, index + 4) where Bytes.isDigit(words.bytes[words.ranges[ahead].lowerBound]) { numberFollows = true; break }
            }
            for lead in mayBeSameAs && startsPhrase ? sameAsLeads.exactCandidates(words, at: index, hash: wordHash) : [] where words.matches(lead, at: index, fuzzy: false) {
                add(wordStart..<words.ranges[index + lead.count - 1].upperBound, .relative, nil, nil)
                matched = true
                break
            }
            if matched { index += 1; continue }
            if startsPhrase, firstByte == UInt8(ascii: "t") || firstByte == UInt8(ascii: "n") || firstByte == UInt8(ascii: "k") {
                for lead in eventLeads.exactCandidates(words, at: index, hash: wordHash) where words.matches(lead, at: index, fuzzy: false) {
                    add(wordStart..<words.ranges[index + lead.count - 1].upperBound, .relative, nil, nil)
                    matched = true
                    break
                }
                if matched { index += 1; continue }
            }
            // "trong vòng 24 giờ", "chậm nhất 20 ngày trước ngày trình"
            for lead in numberFollows ? relativeCandidates : [] where words.matches(lead, at: index, fuzzy: false) {
                let amount = index + lead.count
                guard amount + 1 < words.count, words.word(amount).count <= 3, Bytes.number(words.word(amount)) != nil,
                      relativeUnits.contains(words.word(amount + 1)) else { continue }
                add(wordStart..<words.ranges[amount + 1].upperBound, .relative, nil, nil)
                matched = true
                break
            }
            if matched { index += 1; continue }
            // "giai đoạn 2026 - 2030": the period a programme's task runs over, to its last year.
            if firstByte == UInt8(ascii: "g"), words.matches(Self.giaiDoan, at: index, fuzzy: fuzzy), index + 3 < words.count,
               words.word(index + 2).count == 4, words.word(index + 3).count == 4,
               let from = Bytes.number(words.word(index + 2)), let to = Bytes.number(words.word(index + 3)), (1900...2200).contains(from), to > from, to - from <= 30,
               stream.folded[words.ranges[index + 2].upperBound..<words.ranges[index + 3].lowerBound].contains(0x2D) {
                add(wordStart..<words.ranges[index + 3].upperBound, .withinYear, CivilDate(year: to, month: 12, day: 31), nil)
                index += 1; continue
            }
            // "trong tháng 8/2025", "trong tháng 8 năm 2025", "cuối tháng 8/2025", "đầu/giữa tháng …"
            // Every lead below has a known second word ("… tháng", "trong quý", "… năm", "hoàn thành"):
            // testing it once spares nine phrase tests at almost every word.
            let hasSecond = index + 1 < words.count
            // The month whose number is word `monthIndex` ("8/2025", "8 năm 2025", "8" in the document's year).
            func month(at monthIndex: Int, dayRule: Int) -> Bool {
                guard monthIndex < words.count, let month = Bytes.number(words.word(monthIndex)), (1...12).contains(month) else { return false }
                var year: Int?
                var end = words.ranges[monthIndex].upperBound
                if end < stream.folded.count, stream.folded[end] == 0x2F, monthIndex + 1 < words.count, words.word(monthIndex + 1).count == 4 {
                    year = Bytes.number(words.word(monthIndex + 1)); end = words.ranges[monthIndex + 1].upperBound
                } else if monthIndex + 2 < words.count, Fuzzy.equal(words.word(monthIndex + 1), nam, fuzzy: fuzzy), words.word(monthIndex + 2).count == 4 {
                    year = Bytes.number(words.word(monthIndex + 2)); end = words.ranges[monthIndex + 2].upperBound
                }
                guard let resolvedYear = year ?? documentYear else { return false }
                let day = dayRule == 0 ? CivilDate.daysIn(month: month, year: resolvedYear) : dayRule
                add(wordStart..<end, dayRule == 0 ? .withinMonth : .byDate, CivilDate(year: resolvedYear, month: month, day: day), nil)
                return true
            }
            // The quarter named by word `quarterIndex` ("III/2025", "3 năm 2025").
            func quarter(at quarterIndex: Int) -> Bool {
                guard quarterIndex + 1 < words.count, let quarter = Self.quarters[String(decoding: words.word(quarterIndex), as: UTF8.self)] else { return false }
                var yearIndex = quarterIndex + 1
                if Fuzzy.equal(words.word(yearIndex), nam, fuzzy: fuzzy), yearIndex + 1 < words.count { yearIndex += 1 }
                guard words.word(yearIndex).count == 4, let year = Bytes.number(words.word(yearIndex)) else { return false }
                let month = quarter * 3
                add(wordStart..<words.ranges[yearIndex].upperBound, .withinQuarter,
                    CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year)), nil)
                return true
            }
            let monthSecond = hasSecond && words.matchesWord(thang, at: index + 1, fuzzy: fuzzy)
            for (trigger, dayRule) in monthSecond ? monthLeads : [] where words.matches(trigger, at: index, fuzzy: fuzzy) && month(at: index + trigger.count, dayRule: dayRule) {
                matched = true
                break
            }
            if matched { index += 1; continue }
            // "trong quý III/2025", "trong quý 3 năm 2025"
            if hasSecond, words.matchesWord(quy, at: index + 1, fuzzy: fuzzy), words.matches(trongQuy, at: index, fuzzy: fuzzy), quarter(at: index + 2) {
                index += 1; continue
            }
            // A kế hoạch's activity label, then its month or quarter: "- Thời gian: Quý I/2027",
            // "Thời gian thực hiện: tháng 3/2027".
            if firstByte == UInt8(ascii: "t"), hasSecond, words.matchesWord(thoi, at: index, fuzzy: fuzzy), words.matchesWord(gian, at: index + 1, fuzzy: fuzzy) {
                var after = index + 2
                if after + 2 < words.count, words.matches(thucHien, at: after, fuzzy: fuzzy) || words.matches(hoanThanh, at: after, fuzzy: fuzzy) { after += 2 }
                if after + 1 < words.count, words.matchesWord(thang, at: after, fuzzy: fuzzy), month(at: after + 1, dayRule: 0) { index += 1; continue }
                if after + 1 < words.count, words.matchesWord(quy, at: after, fuzzy: fuzzy), quarter(at: after + 1) { index += 1; continue }
            }
            // "trong năm 2026", "cuối năm 2025", "hoàn thành năm 2026"
            let yearSecond = hasSecond && (words.matchesWord(nam, at: index + 1, fuzzy: fuzzy)
                                           || words.matchesWord(thanh, at: index + 1, fuzzy: fuzzy) || words.matchesWord(gian, at: index + 1, fuzzy: fuzzy)
                                           || words.matchesWord(toan, at: index + 1, fuzzy: fuzzy))
            for (lead, trigger) in yearSecond ? yearLeads : [] {
                guard words.matches(trigger, at: index, fuzzy: fuzzy) else { continue }
                let yearIndex = index + trigger.count
                if lead == "trong nam nay", let year = documentYear {
                    add(wordStart..<words.ranges[yearIndex - 1].upperBound, .withinYear, CivilDate(year: year, month: 12, day: 31), nil)
                    matched = true; break
                }
                guard yearIndex < words.count, words.word(yearIndex).count == 4, let year = Bytes.number(words.word(yearIndex)),
                      (1900...2200).contains(year) else { continue }
                // "giai đoạn 2026-2030" is a programme period, not a deadline.
                let end = words.ranges[yearIndex].upperBound
                if end < stream.folded.count, stream.folded[end] == 0x2D { continue }
                add(wordStart..<end, .withinYear, CivilDate(year: year, month: 12, day: 31), nil)
                matched = true; break
            }
            if matched { index += 1; continue }
            // Exact only: one edit per word turns "hanh thong" into "hang thang".
            for trigger in startsPhrase ? recurring.exactCandidates(words, at: index, hash: wordHash) : [] where words.matches(trigger, at: index, fuzzy: false) {
                add(wordStart..<words.ranges[index + trigger.count - 1].upperBound, .recurring, nil, nil)
                matched = true; break
            }
            if matched { index += 1; continue }
            for trigger in startsPhrase ? ongoing.exactCandidates(words, at: index, hash: wordHash) : [] where words.matches(trigger, at: index, fuzzy: false) {
                add(wordStart..<words.ranges[index + trigger.count - 1].upperBound, .ongoing, nil, nil)
                break
            }
            index += 1
        }
        return found
    }
}
