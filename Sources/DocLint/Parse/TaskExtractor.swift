/// Finds assigned tasks (format-rules §4.1, "6 rõ"): numbered items that give work to a body
/// ("1. Giao Sở Nội vụ chủ trì…", "5. Sở Tài chính chủ trì…", items under a heading that names a
/// body: "3. Công an tỉnh" / "3.1. Triển khai…"), and paragraphs that open with "Giao", "Yêu cầu"
/// or "<cơ quan> có trách nhiệm". A task's text includes its dash items; its deadlines are
/// parsed from all of it.
struct TaskExtractor {
    let state: ParserState
    var lines: [SourceLine] { state.lines }
    /// Lines that open a new paragraph (the parser's view, which knows double-spaced PDF text).
    let paragraphBreaks: LineSet

    init(state: ParserState) {
        self.state = state
        paragraphBreaks = LineSet(state.content.indices.filter { state.breakBefore[$0] }.map { state.content[$0] }, lineCount: state.lines.count)
    }

    struct Head {
        enum Kind { case giao, agencyOnly, agencyVerb, none }
        let kind: Kind
        let agencies: [String]
        let leadMentions: [String]
        let leadAtStart: Bool
        let coAgencies: [String]
        /// What the bodies are asked to do is only to carry the text out ("… nghiêm túc triển khai
        /// thực hiện./.", "… chịu trách nhiệm thi hành Quyết định này"), or the text says how a body
        /// ends ("… tự giải thể sau khi hoàn thành nhiệm vụ"): a closing formula, not a task.
        var isFormula = false
        /// Found by `openingRequest`: its items follow, and the paragraph with them is not re-read.
        var isOpeningRequest = false
        /// "Sở Khoa học và Công nghệ là cơ quan thường trực …": a body named to a role; work only when
        /// the item also sets a time.
        var isDesignation = false
    }

    func extract() -> [Task] {
        // A Luật, Nghị định or Thông tư states competences ("Cục … có chức năng tham mưu …"); the
        // "6 rõ" of assigned work is NĐ 30's for administrative documents, not the Luật ban hành
        // văn bản quy phạm pháp luật's.
        if let number = state.document.header.number, number.style != .party, let code = number.typeCode,
           DocumentTypes.types(forCode: code, party: false).contains(where: \.isNormative) { return [] }
        let bodySet = LineSet(state.document.bodyLines, lineCount: lines.count)
        let paragraphHeads = paragraphTaskStarts(bodySet)
        let paragraphStarts = LineSet(paragraphHeads.keys, lineCount: lines.count)
        var tasks: [Task] = []
        let isMinutes = state.document.title.map { VietnameseFold.fold($0.type).hasPrefix("bien ban") } ?? false
        func visit(_ section: Section, inherited: String?, inRecord: Bool) {
            guard section.style != .dash && section.style != .plus else { return }
            let numberedChildren = section.children.filter { $0.style != .dash && $0.style != .plus }
            let sectionHead = headStream(section, bodySet: bodySet)
            let head = classify(sectionHead)
            // What a report or minutes records ("I. KẾT QUẢ THỰC HIỆN", "II. NỘI DUNG CUỘC HỌP") and
            // what a report proposes upward ("IV. KIẾN NGHỊ"): "1. Phòng Y tế đã phối hợp …" tells
            // what was done, it gives no work; only an item opening with "Giao …" there does.
            let inRecord = inRecord || isRecordHeading(section, minutes: isMinutes)
            if inRecord, !FoldedWords(sectionHead.folded, limit: 1).matches(TaskPhrases.giao, at: 0, fuzzy: state.fuzzy) {
                for child in numberedChildren { visit(child, inherited: nil, inRecord: true) }
                return
            }
            if !numberedChildren.isEmpty {
                // "1. Giao Sở A … trước ngày …." followed by sub-items is a task in itself; a heading
                // that introduces its items ("1. Giao Sở A:") is not.
                let headLines = taskLines(section, bodySet: bodySet, stopAt: paragraphStarts).filter { $0 < numberedChildren[0].line - 1 }
                if head.kind == .giao, let last = headLines.last, lines[last].ends(with: ".") {
                    tasks.append(makeTask(lines: headLines, firstColumn: 0, section: section.number,
                                          assignees: unique(head.agencies + head.coAgencies), lead: head.leadMentions.first, leadMentions: head.leadMentions))
                }
                let headingAgency = head.kind == .none ? nil : head.agencies.first
                for child in numberedChildren { visit(child, inherited: headingAgency ?? inherited, inRecord: inRecord) }
                return
            }
            if head.isFormula { return }
            var agencies = head.agencies
            var lead = head.leadMentions.first
            let range = taskLines(section, bodySet: bodySet, stopAt: paragraphStarts)
            if head.kind == .none {
                if let inherited {
                    agencies = [inherited]
                } else if let assigned = assignedInItems(section) {
                    // An activity of a kế hoạch: "1. Tổ chức hội nghị …" / "- Thời gian: …" /
                    // "- Đơn vị chủ trì: Sở A; phối hợp: Sở B." — one task, its deadline in the items.
                    tasks.append(makeTask(lines: range, firstColumn: 0, section: section.number, assignees: unique(assigned.agencies + assigned.coAgencies),
                                          lead: assigned.leadMentions.first ?? assigned.agencies.first, leadMentions: assigned.leadMentions))
                    return
                } else {
                    // An item of the operative part that sets a calendar deadline is work given out
                    // even when its body is not one we can name ("Các chủ đập … trước ngày 31/5/2026"):
                    // its deadline is checked; with no assignee it is not asked for one.
                    // (Only items holding a deadline's lead are parsed for one: most items hold none.)
                    guard range.contains(where: { index in TaskPhrases.dayLeads.contains { lines[index].folded.containsBytes($0) } }) else { return }
                    let task = makeTask(lines: range, firstColumn: 0, section: section.number, assignees: [], lead: nil, leadMentions: [])
                    if task.deadlines.contains(where: { $0.kind == .byDate || $0.kind == .onDay }) { tasks.append(task) }
                    return
                }
            }
            if head.leadAtStart, let inherited, agencies.isEmpty || head.kind == .none { lead = inherited }
            let task = makeTask(lines: range, firstColumn: 0, section: section.number,
                                assignees: unique(agencies + head.coAgencies), lead: lead, leadMentions: head.leadMentions)
            if head.isDesignation, task.deadlines.isEmpty { return }
            tasks.append(task)
        }
        for section in state.document.sections { visit(section, inherited: nil, inRecord: false) }
        // Paragraph tasks outside numbered items.
        var coveredLines = LineSet([], lineCount: lines.count)
        for task in tasks { for index in (task.line - 1)...(task.endLine - 1) { coveredLines.insert(index) } }
        for start in paragraphHeads.keys.sorted() where !coveredLines.contains(start) {
            let found = paragraphHeads[start]!
            var range: [Int] = [start]
            var next = start + 1
            while next < lines.count, range.count < 40 {
                // An opening request's items end with its paragraph ("Đề nghị các đơn vị quan tâm …"
                // after a blank line closes the letter).
                if found.isOpeningRequest, lines[next].isBlank { break }
                if !bodySet.contains(next) { if lines[next].isBlank || state.document.footnoteLines.contains(next) { next += 1; continue } else { break } }
                if paragraphStarts.contains(next) || state.marker(next).map({ $0.style != .dash && $0.style != .plus }) == true { break }
                range.append(next); next += 1
            }
            // A one-line paragraph was classified when it was found.
            let head = range.count == 1 || found.isOpeningRequest ? found : classify(stream(range, firstColumn: 0))
            guard head.kind != .none, !head.isFormula else { continue }
            tasks.append(makeTask(lines: range, firstColumn: 0, section: nil, assignees: unique(head.agencies + head.coAgencies),
                                  lead: head.leadMentions.first, leadMentions: head.leadMentions))
        }
        return tasks.sorted { $0.line < $1.line }
    }

    /// Who leads an activity, from its dash items: a label ("- Đơn vị chủ trì: Văn phòng UBND tỉnh;
    /// phối hợp: Sở Nội vụ.") or an item giving a body the lead ("- Ban Tuyên giáo chủ trì, phối hợp …").
    func assignedInItems(_ section: Section) -> Head? {
        for item in section.children where item.style == .dash {
            let index = item.line - 1
            var one = TextStream(lines: lines, indices: [])
            one.append(lines[index], index: index, from: state.marker(index)?.textStart ?? 0)
            let words = FoldedWords(one.folded)
            for label in TaskPhrases.leadLabels {
                guard words.matches(label, at: 0, fuzzy: state.fuzzy), case let after = label.count, after < words.count,
                      one.folded[words.ranges[after - 1].upperBound..<words.ranges[after].lowerBound].contains(0x3A) else { continue }
                // The label's value: up to "; phối hợp" or the end.
                let valueStart = words.ranges[after].lowerBound
                var valueEnd = one.count
                if let semicolon = one.folded[valueStart...].firstIndex(of: 0x3B) { valueEnd = semicolon }
                var name = one.text(valueStart..<valueEnd).trimmingWhitespace
                while name.endsWith(".") || name.endsWith(",") { name.removeLast() }
                guard !name.isEmpty else { continue }
                var coAgencies: [String] = []
                if valueEnd < one.count {
                    var rest = one.text((valueEnd + 1)..<one.count).trimmingWhitespace
                    if VietnameseFold.fold(rest).hasPrefix("phoi hop") {
                        rest = String(rest.drop { $0 != ":" && $0 != " " }.dropFirst()).trimmingWhitespace
                        if VietnameseFold.fold(rest).hasPrefix("voi ") { rest = String(rest.dropFirst(4)) }
                        while rest.endsWith(".") || rest.endsWith(";") { rest.removeLast() }
                        if !rest.isEmpty { coAgencies = [rest.trimmingWhitespace] }
                    }
                }
                return Head(kind: .agencyVerb, agencies: [name], leadMentions: [name], leadAtStart: true, coAgencies: coAgencies)
            }
            let head = classify(one, words: words)
            if head.kind == .agencyVerb, !head.isFormula, words.find(TaskPhrases.chuTri, fuzzy: state.fuzzy) != nil { return head }
        }
        return nil
    }

    func unique(_ names: [String]) -> [String] {
        guard names.count > 1 else { return names }  // most tasks name one body
        var seen = Set<String>()
        return names.filter { seen.insert(VietnameseFold.fold($0)).inserted }
    }

    /// Unnumbered lines that open a task (after a sentence end or a break, not a bullet), with
    /// what their own line says about who is assigned.
    func paragraphTaskStarts(_ bodySet: LineSet) -> [Int: Head] {
        var starts: [Int: Head] = [:]
        var previous: Int?
        for index in state.document.bodyLines {
            defer { previous = index }
            let line = lines[index]
            guard state.marker(index) == nil else { continue }
            if let previous {
                let before = lines[previous]
                let ended = before.ends(with: ".") || before.ends(with: ":") || before.ends(with: ";")
                let headingBefore = state.marker(previous).map { $0.style != .dash } ?? false
                guard ended || headingBefore || index - previous > 1 else { continue }
            }
            var one = TextStream(lines: lines, indices: [])
            one.append(line, index: index)
            let words = FoldedWords(one.folded)
            // "Thực hiện …, Ban Tổ chức Tỉnh ủy đề nghị các đơn vị:" wrapped over a few lines: the
            // whole opening sentence names the bodies asked.
            if let request = openingRequest(from: index, bodySet: bodySet) { starts[index] = request; continue }
            guard words.count >= 3, mayNameAgency(one, words: words) else { continue }
            let head = classify(one, words: words)
            // "Đề nghị các cơ quan … triển khai thực hiện" closes most letters: an exhortation, not a task.
            let opensWithCommand = words.matches(TaskPhrases.giao, at: 0, fuzzy: false) || words.matches(TaskPhrases.yeuCau, at: 0, fuzzy: state.fuzzy)
            let responsibility = head.kind == .agencyVerb && (words.find(TaskPhrases.coTrachNhiem, fuzzy: state.fuzzy) != nil || !head.leadMentions.isEmpty)
            if head.kind != .none, opensWithCommand || responsibility { starts[index] = head }
        }
        return starts
    }

    /// The head of a paragraph whose sentence, ending with ":" within a few lines, asks bodies for
    /// the items below it ("…, Sở Nội vụ đề nghị các cơ quan, đơn vị:"), or nil.
    func openingRequest(from index: Int, bodySet: LineSet) -> Head? {
        // The cheap tests first (this is asked at every paragraph): the sentence's end, the dash
        // after it, a request's words in it; the joined text last.
        var last = index
        while !lines[last].ends(with: ":") {
            if lines[last].ends(with: ".") || lines[last].ends(with: ";") || last - index >= 5 { return nil }
            last += 1
            guard last < lines.count, bodySet.contains(last), !lines[last].isBlank, state.marker(last) == nil else { return nil }
        }
        // Its items are dashes; numbered items that follow are tasks of their own.
        guard last + 1 < lines.count, let item = state.marker(last + 1), item.style == .dash || item.style == .plus,
              (index...last).contains(where: { lines[$0].folded.containsBytes(TaskPhrases.nghi) || lines[$0].folded.containsBytes(TaskPhrases.cau) })
        else { return nil }
        let paragraph = stream(Array(index...last), firstColumn: 0)
        let words = FoldedWords(paragraph.folded)
        guard let start = closingRequest(words), AgencyPhrase.isHead(words, paragraph, at: start, fuzzy: state.fuzzy) != nil else { return nil }
        var head = classify(paragraph, words: words, leadIn: (start, .giao))
        head.isOpeningRequest = true
        return head.kind == .giao && !head.agencies.isEmpty ? head : nil
    }

    /// A heading over what happened, not over work to do: results, the situation, its assessment,
    /// shortcomings and causes, a meeting's attendance and proceedings (and in minutes any
    /// "NỘI DUNG"); or over proposals to higher bodies ("KIẾN NGHỊ", "ĐỀ XUẤT"), which no one can
    /// be given. A heading: it has items, and its title is short and no sentence.
    func isRecordHeading(_ section: Section, minutes: Bool) -> Bool {
        guard !section.children.isEmpty, !section.title.endsWith(".") else { return false }
        let line = lines[section.line - 1]
        let words = FoldedWords(Array(line.folded[min(state.marker(section.line - 1)?.textStart ?? line.indentation, line.folded.count)...]), limit: 16)
        guard words.count > 0, words.count <= 15 else { return false }
        return TaskPhrases.recordHeadings.contains { words.matches($0, at: 0, fuzzy: state.fuzzy) }
            || (minutes && words.matches(TaskPhrases.noiDung, at: 0, fuzzy: state.fuzzy))
    }

    /// The lines of a numbered task: from its marker to its end, without footnotes, and cut at
    /// a paragraph task that follows it.
    func taskLines(_ section: Section, bodySet: LineSet, stopAt: LineSet) -> [Int] {
        var result: [Int] = []
        for index in (section.line - 1)..<section.endLine where bodySet.contains(index) {
            if index != section.line - 1, stopAt.contains(index) { break }
            // A blank line followed by plain prose ends the task: "Đề nghị các cơ quan …./." after
            // the last item is the closing, not part of item 3. Dash items after a blank line stay.
            if index > section.line - 1, !result.isEmpty, paragraphBreaks.contains(index),
               state.marker(index) == nil { break }
            result.append(index)
        }
        return result
    }

    func headStream(_ section: Section, bodySet: LineSet) -> TextStream {
        let first = section.line - 1
        let childStart = section.children.first.map { $0.line - 1 } ?? section.endLine
        var stream = TextStream(lines: lines, indices: [])
        stream.reserve(lines: lines, indices: (first..<max(first, min(childStart, first + 4))).lazy.filter { !lines[$0].isBlank })
        let marker = state.marker(first)
        stream.append(lines[first], index: first, from: marker?.textStart ?? 0)
        // The head is the first sentence: it may wrap onto a few lines.
        var index = first + 1
        while index < childStart, index < first + 4, bodySet.contains(index) || lines[index].isBlank {
            if !lines[index].isBlank { stream.append(lines[index], index: index) }
            if lines[index].ends(with: ".") || lines[index].ends(with: ":") { break }
            index += 1
        }
        return stream
    }

    func stream(_ indices: [Int], firstColumn: Int) -> TextStream {
        var stream = TextStream(lines: lines, indices: [])
        stream.reserve(lines: lines, indices: indices)
        for (position, index) in indices.enumerated() {
            let marker = position == 0 ? state.marker(index) : nil
            stream.append(lines[index], index: index, from: marker?.textStart ?? firstColumn)
        }
        return stream
    }

    func makeTask(lines range: [Int], firstColumn: Int, section: String?, assignees: [String], lead: String?, leadMentions: [String]) -> Task {
        let full = stream(range, firstColumn: firstColumn)
        let deadlines = DeadlineParser.parse(full, issueDate: state.document.issueDate, documentYear: state.document.header.placeDate?.year, fuzzy: state.fuzzy)
        let first = range.first ?? 0
        let last = range.last ?? first
        var text = full.text(0..<min(full.count, 240))
        if full.count > 240 { text += "…" }
        let span = TextSpan(startLine: first, startColumn: lines[first].indentation, endLine: last, endColumn: lines[last].trimmedEnd)
        let primary = deadlines.first { $0.kind != .ongoing } ?? deadlines.first
        return Task(line: first + 1, endLine: last + 1, section: section, assignees: assignees, lead: lead, leadMentions: leadMentions,
                    deadline: primary, deadlines: deadlines, text: text, span: span)
    }

    // MARK: - Who is assigned

    func classify(_ stream: TextStream) -> Head { classify(stream, words: FoldedWords(stream.folded)) }

    /// Where the agency list may start, after "Giao", "Yêu cầu" or "Đề nghị" (a `.giao` head).
    func leadIn(_ words: FoldedWords) -> (start: Int, kind: Head.Kind) {
        if words.matches(TaskPhrases.giao, at: 0, fuzzy: false) { return (1, .giao) }
        if words.matches(TaskPhrases.yeuCau, at: 0, fuzzy: state.fuzzy) || words.matches(TaskPhrases.deNghi, at: 0, fuzzy: false) { return (2, .giao) }
        return (0, .none)
    }

    /// "Thực hiện chỉ đạo …, Ban Tổ chức Tỉnh ủy đề nghị các đơn vị:" — an opening sentence that ends
    /// by asking bodies for the items below it: where their names start, after its last "đề nghị" or
    /// "yêu cầu" ("theo đề nghị của …", "xét đề nghị" cite a proposal instead).
    func closingRequest(_ words: FoldedWords) -> Int? {
        var end = words.bytes.count
        while end > 0, words.bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0, words.bytes[end - 1] == 0x3A, words.count > 3 else { return nil }
        for at in stride(from: words.count - 3, to: 0, by: -1)
        where words.matches(TaskPhrases.deNghi, at: at, fuzzy: false) || words.matches(TaskPhrases.yeuCau, at: at, fuzzy: false) {
            let before = words.word(at - 1)
            guard !before.equals("theo"), !before.equals("xet"), !before.equals("cua") else { return nil }
            return at + 2
        }
        return nil
    }

    /// Whether `classify` can give anything but `.none`: only when a body's name opens the text
    /// (after the lead-in). Most paragraphs fail this, and the rest of `classify` is three scans.
    func mayNameAgency(_ stream: TextStream, words: FoldedWords) -> Bool {
        words.count > 0 && AgencyPhrase.isHead(words, stream, at: leadIn(words).start, fuzzy: state.fuzzy) != nil
    }

    func classify(_ stream: TextStream, words: FoldedWords, leadIn given: (start: Int, kind: Head.Kind)? = nil) -> Head {
        guard words.count > 0 else { return Head(kind: .none, agencies: [], leadMentions: [], leadAtStart: false, coAgencies: []) }
        var (start, kind) = given ?? leadIn(words)
        var agencies: [String] = []
        var agencyEnd = 0
        if let found = AgencyPhrase.list(words, stream, from: start, fuzzy: state.fuzzy) {
            agencies = found.names
            agencyEnd = found.endWord
            if kind == .none { kind = found.endWord >= words.count ? .agencyOnly : .agencyVerb }
        } else if kind == .giao {
            kind = .none
        }
        // An agency heading may end with a parenthesis: "Sở Khoa học và Công nghệ (cơ quan thường trực)".
        if kind == .agencyVerb, agencyEnd < words.count {
            let gapStart = words.ranges[agencyEnd - 1].upperBound
            let gap = stream.folded[gapStart..<words.ranges[agencyEnd].lowerBound]
            if gap.contains(0x28), !stream.folded[gapStart...].contains(0x29) || stream.folded.last == 0x29 { kind = .agencyOnly }
        }
        // A field of a decision's list, "3. Chủ đầu tư: Ban Quản lý dự án …", "Cơ quan thẩm định: Sở
        // Xây dựng", "Các thành viên: Lãnh đạo các sở …": a role of a few words, a colon and the body
        // or the people that hold it, no work given ("1. Sở Tài chính: chủ trì …", "Các cấp ủy: lãnh
        // đạo, chỉ đạo …" give work: a verb follows the colon).
        if kind == .agencyVerb, start == 0, agencyEnd < words.count {
            for next in agencyEnd..<min(words.count, agencyEnd + 3) {
                let gap = stream.folded[words.ranges[next - 1].upperBound..<words.ranges[next].lowerBound]
                guard !gap.contains(where: { $0 != 0x20 && $0 != 0x3A }) else { break }
                if gap.contains(0x3A) {
                    let person = TaskPhrases.personWords.contains { words.matches($0, at: next, fuzzy: false) }
                    let holder = TaskPhrases.holderLeads.first { words.matches($0, at: next, fuzzy: false) }.map { next + $0.count } ?? next
                    if person || AgencyPhrase.isHead(words, stream, at: holder, fuzzy: state.fuzzy) != nil { kind = .none }
                    break
                }
            }
        }
        var leadMentions: [String] = []
        var leadAtStart = false
        var coAgencies: [String] = []
        let chuTri = TaskPhrases.chuTri, phoiHopVoi = TaskPhrases.phoiHopVoi, phoiHop = TaskPhrases.phoiHop
        var chuTriAt: [Int] = []
        var phoiHopVoiAt: Int?, phoiHopAt: Int?
        if state.fuzzy {
            var searchFrom = 0
            while let at = words.find(chuTri, from: searchFrom, fuzzy: true) { chuTriAt.append(at); searchFrom = at + 2 }
            phoiHopVoiAt = words.find(phoiHopVoi, fuzzy: true)
            if phoiHopVoiAt == nil { phoiHopAt = words.find(phoiHop, fuzzy: true) }
        } else {
            // Exact text: one pass over the words, each tested only by its first letter, instead of
            // three scans ("chủ trì" twice cannot overlap, so every occurrence is found as before).
            for index in 0..<words.count {
                let first = words.bytes[words.ranges[index].lowerBound]
                if first == UInt8(ascii: "c"), words.matches(chuTri, at: index, fuzzy: false) { chuTriAt.append(index) }
                if first == UInt8(ascii: "p") {
                    if phoiHopVoiAt == nil, words.matches(phoiHopVoi, at: index, fuzzy: false) { phoiHopVoiAt = index }
                    if phoiHopAt == nil, words.matches(phoiHop, at: index, fuzzy: false) { phoiHopAt = index }
                }
            }
        }
        for at in chuTriAt {
            if at == 0 { leadAtStart = true }
            else if at == agencyEnd, let name = agencies.last { leadMentions.append(name) }
            else if let before = AgencyPhrase.ending(at: at, words, stream, fuzzy: state.fuzzy) { leadMentions.append(before) }
        }
        if let with = phoiHopVoiAt ?? phoiHopAt {
            let after = with + (words.matches(phoiHopVoi, at: with, fuzzy: state.fuzzy) ? 3 : 2)
            if let found = AgencyPhrase.list(words, stream, from: after, fuzzy: state.fuzzy) { coAgencies = found.names }
        }
        var head = Head(kind: kind, agencies: agencies, leadMentions: leadMentions, leadAtStart: leadAtStart, coAgencies: coAgencies)
        head.isFormula = kind != .none && isClosingFormula(words, stream, from: agencyEnd)
        head.isDesignation = kind == .agencyVerb && agencyEnd < words.count && words.word(agencyEnd).equals(TaskPhrases.la)
        return head
    }

    /// Whether the first sentence after the bodies' names holds only the words of an execution
    /// formula, or the text dissolves a body (see `Head.isFormula`).
    func isClosingFormula(_ words: FoldedWords, _ stream: TextStream, from start: Int) -> Bool {
        // "… tự giải thể …"; the execution article of a decision: "… chịu trách nhiệm thi hành Quyết
        // định này", "… căn cứ Quyết định thi hành". One pass, testing the words' first letters.
        for index in 0..<words.count where words.bytes[words.ranges[index].lowerBound] == UInt8(ascii: "t") && words.ranges[index].count <= 3 {
            let word = words.word(index)
            if word.equals("tu"), words.matches(TaskPhrases.tuGiaiThe, at: index, fuzzy: state.fuzzy) { return true }
            if word.equals("thi"), words.matches(TaskPhrases.thiHanh, at: index, fuzzy: state.fuzzy),
               words.matches(TaskPhrases.quyetDinh, at: index + 2, fuzzy: state.fuzzy) || words.matches(TaskPhrases.quyetDinh, at: index - 2, fuzzy: state.fuzzy)
                || words.matches(TaskPhrases.quyetDinh, at: index - 3, fuzzy: state.fuzzy) || words.matches(TaskPhrases.chiThi, at: index + 2, fuzzy: state.fuzzy) {
                return true
            }
        }
        guard start < words.count else { return false }
        var index = start
        var watches = false
        while index < words.count {
            if index > start {
                let gap = stream.folded[words.ranges[index - 1].upperBound..<words.ranges[index].lowerBound]
                if gap.contains(0x2E) || gap.contains(0x2F) { break }
                // "… nghiêm túc thực hiện Chỉ thị này; định kỳ trước ngày 20 hằng tháng báo cáo kết quả":
                // the clause after the formula gives work with a time, so the sentence is a task.
                // ("…; nếu có vướng mắc, báo cáo … để xem xét" gives none: still a formula.)
                if gap.contains(0x3B) {
                    let sentenceEnd = words.ranges[index...].firstIndex { range in
                        stream.folded[range.upperBound..<min(stream.folded.count, range.upperBound + 2)].contains(0x2E)
                    }.map { words.ranges[$0].upperBound } ?? stream.folded.count
                    let rest = Array(stream.folded[words.ranges[index].lowerBound..<sentenceEnd])
                    return !TaskPhrases.clauseTimes.contains { rest.containsBytes($0) }
                }
            }
            // "… chủ động phối hợp với Sở Tư pháp thực hiện": the partner named inside the formula.
            if words.word(index).equals("voi"), let partner = AgencyPhrase.list(words, stream, from: index + 1, fuzzy: state.fuzzy) {
                index = partner.endWord
                continue
            }
            if TaskPhrases.watchingWords.contains(words.word(index)) { watches = true }
            else if !TaskPhrases.formulaWords.contains(words.word(index)) { return false }
            index += 1
        }
        // "… giám sát việc thực hiện Nghị quyết", "… tổ chức thực hiện Nghị quyết này": watching or
        // carrying out the text itself (a nghị quyết's execution article), not work of its own.
        guard watches else { return true }
        return (start..<index).contains { at in
            (words.matches(TaskPhrases.thucHien, at: at, fuzzy: state.fuzzy) || words.matches(TaskPhrases.thiHanh, at: at, fuzzy: state.fuzzy))
                && TaskPhrases.textTypes.contains { words.matches($0, at: at + 2, fuzzy: state.fuzzy) }
        }
    }
}

/// Names of bodies in running text: "Sở Khoa học và Công nghệ", "Công an tỉnh",
/// "Các sở, ban, ngành", "UBND các xã, phường". A name starts with a head word and runs until a
/// verb or punctuation; "và"/"," continue it only when another body or a list word follows.
extension SourceLine {
    /// Whether the capitalised name of a body ("Sở Tài chính", "Trung tâm Y tế", "Ủy ban nhân dân
    /// các xã") starts at `column`, by the parser's own list of bodies: for rules that read lists
    /// of addressees.
    public func startsBodyName(at column: Int) -> Bool {
        guard column < trimmedEnd, scalars[column].isUppercaseFast else { return false }
        var stream = TextStream(lines: [self], indices: [])
        stream.append(self, index: 0, from: column)
        return AgencyPhrase.isHead(FoldedWords(stream.folded), stream, at: 0, fuzzy: false) != nil
    }
}

enum AgencyPhrase {
    static let heads = PhraseSet([
        "so", "cac so", "ban chi dao", "ban", "cac ban", "van phong", "cong an", "uy ban nhan dan", "ubnd", "hdnd", "hoi dong",
        "bo", "cac bo", "cuc", "chi cuc", "trung tam", "phong", "cac phong", "thanh tra", "kho bac", "bao hiem xa hoi", "tinh uy",
        "dang uy", "mat tran", "cac co quan", "co quan", "cac don vi", "don vi", "cac dia phuong", "thu truong", "chu tich",
        "giam doc", "quy", "benh vien", "toa an", "vien kiem sat", "to cong tac", "cac xa", "cac nganh", "cac to chuc",
        "thue", "chi nhanh", "cong ty", "lien doan", "doan thanh nien", "hoi lien hiep", "hoi nong dan", "cuc thue",
        "bo chi huy", "cac hoi", "truong dai hoc", "dai phat thanh", "cac phuong", "cac thanh vien", "thuong truc",
        "uy ban", "cac chu dau tu", "chu dau tu", "cac chi bo", "cac dang uy", "cac cap uy",
        // A nghị quyết's execution article gives its supervision to the delegates' groups and the delegates.
        "to dai bieu", "cac to dai bieu", "dai bieu hoi dong nhan dan", "dai bieu hdnd", "dai bieu quoc hoi",
    ].map(phrase).sorted { $0.count > $1.count })
    static let listWords: Set<String> = ["ban", "nganh", "don", "dia", "co", "phuong", "xa", "dac", "doan", "the", "hoi", "to", "cac", "thi", "tran"]
    static let stops = PhraseSet([
        "chu tri", "phoi hop", "co trach nhiem", "co nhiem vu", "thuc hien", "trien khai", "tap trung", "khan truong", "chu dong", "tham muu",
        "nghien cuu", "xay dung", "to chuc thuc hien", "theo doi", "huong dan", "chi dao", "ra soat", "tong hop", "bao cao",
        "de xuat", "day manh", "tiep tuc", "kiem tra", "quan triet", "trinh", "hoan thanh", "dam bao", "tang cuong", "nang cao",
        "ban hanh", "cap nhat", "phan cong", "bo tri", "lam viec", "can cu", "theo", "duoc", "la", "cung", "phai", "can", "se",
        "dang", "da", "nham", "de", "yeu cau", "tiep thu", "xem xet", "dieu chinh", "bo sung", "nghiem tuc", "don doc",
        "uu tien", "phan dau", "hoan thien", "cai cach", "ung dung", "lap", "du thao", "thong nhat", "tuyen truyen",
        "phat huy", "chiu trach nhiem", "giup", "ho tro", "khan", "cu", "giao", "trong", "ve", "va cac co quan lien quan",
        "tham dinh", "bao dam", "so hoa", "cung cap", "giam sat", "van hanh", "nang cap", "dieu phoi", "thong ke",
        "lanh dao", "dinh huong", "som", "chuan bi", "san sang", "kien toan",
    ].map(phrase).sorted { $0.count > $1.count })

    static func isHead(_ words: FoldedWords, _ stream: TextStream, at index: Int, fuzzy: Bool) -> Int? {
        isHead(words, stream, at: index, fuzzy: fuzzy, heads: heads)
    }

    /// `heads` passed in by a caller that asks at every word (a static read is a lazy-initialisation check).
    private static func isHead(_ words: FoldedWords, _ stream: TextStream, at index: Int, fuzzy: Bool, heads: PhraseSet) -> Int? {
        guard index < words.count else { return nil }
        if let head = heads.firstMatch(words, at: index) {
            // "Sở" folds like "số": a body only when a capitalised name or a list word follows.
            if head.count == 1, head[0].equals("so") {
                guard index + 1 < words.count else { return nil }
                let next = stream.scalars[words.ranges[index + 1].lowerBound]
                let nextWord = words.string(index + 1)
                guard next.isUppercaseFast || ["ban", "nganh"].contains(nextWord) else { return nil }
                let first = stream.scalars[words.ranges[index].lowerBound]
                guard first == "S" || first == "s" else { return nil }
                // "số" itself keeps its marks in clean text.
                if !fuzzy, stream.scalars[words.ranges[index].lowerBound + 1] != "ở", stream.scalars[words.ranges[index].lowerBound + 1] != "Ở" {
                    return nil
                }
            }
            // "Ban" (or "Ủy ban") alone is a body only before its capitalised name ("Ban Tuyên giáo",
            // "Ủy ban Kiểm tra"): "Ban hành kèm theo …" opens a promulgation article.
            if head.count == 1 && head[0].equals("ban") || head.count == 2 && head[0].equals("uy") && head[1].equals("ban") {
                guard index + head.count < words.count, stream.scalars[words.ranges[index + head.count].lowerBound].isUppercaseFast
                        || listWords.contains(words.string(index + head.count)) else { return nil }
            }
            // "quy" is "Quỹ" (a fund) only with its tilde: "Quy chế", "Quy định này" are not bodies.
            if head.count == 1, head[0].equals("quy"), !fuzzy {
                let vowel = stream.scalars[words.ranges[index].lowerBound + 2]
                guard vowel == "ỹ" || vowel == "Ỹ" else { return nil }
            }
            return head.count
        }
        return nil
    }

    /// One or more bodies starting exactly at `from`.
    static func list(_ words: FoldedWords, _ stream: TextStream, from: Int, fuzzy: Bool) -> (names: [String], endWord: Int)? {
        let heads = Self.heads, stops = Self.stops, listWords = Self.listWords
        func isHead(_ words: FoldedWords, _ stream: TextStream, at index: Int, fuzzy: Bool) -> Int? {
            AgencyPhrase.isHead(words, stream, at: index, fuzzy: fuzzy, heads: heads)
        }
        guard let headLength = isHead(words, stream, at: from, fuzzy: fuzzy) else { return nil }
        var names: [String] = []
        var nameStart = from
        var index = from + headLength
        func close(_ end: Int) {
            guard end > nameStart else { return }
            names.append(stream.text(words.ranges[nameStart].lowerBound..<words.ranges[end - 1].upperBound))
        }
        // 18 words a name (a list of bodies may well be longer: "Thường trực HĐND tỉnh, các Ban
        // của HĐND tỉnh, các Tổ đại biểu và đại biểu HĐND tỉnh"), 60 in all.
        while index < words.count, index - nameStart < 18, index - from < 60 {
            let gap = stream.folded[words.ranges[index - 1].upperBound..<words.ranges[index].lowerBound]
            // "(", ":", ";", ".", a quote. (A switch: an array literal here was built per byte.)
            if gap.contains(where: { switch $0 { case 0x28, 0x3A, 0x3B, 0x2E, 0x22: true; default: false } }) { break }
            if gap.contains(0x2C) {
                // "Các sở, ban, ngành" continues; ", Sở Tài chính" starts another body.
                if let length = isHead(words, stream, at: index, fuzzy: fuzzy), index - nameStart > 1 || !listWords.contains(words.string(index)) {
                    close(index); nameStart = index; index += length; continue
                }
                if listWords.contains(words.string(index)) { index += 1; continue }
                break
            }
            // Bytes, not a String per word: this runs for every word after every body's name.
            let word = words.word(index)
            let isVoi = word.equals("voi")
            if isVoi || word.equals("va") {
                if let length = isHead(words, stream, at: index + 1, fuzzy: fuzzy), !(length == 1 && words.string(index + 1) == "cong") {
                    close(index); nameStart = index + 1; index += 1 + length; continue
                }
                if isVoi { break }
                // "Sở Khoa học và Công nghệ": "và" inside a name.
                index += 1; continue
            }
            // "Ban Tuyên giáo": "giao" (to assign) is a stop, but not inside this name; nor are the
            // verbs that open the names of Sở and Bộ when written with a capital ("Sở Giáo dục và
            // Đào tạo", "Sở Xây dựng").
            if stops.firstMatch(words, at: index) != nil, !(word.equals("giao") && words.word(index - 1).equals("tuyen")),
               !((word.equals("giao") || word.equals("xay")) && isTitleCase(stream, words.ranges[index])) { break }
            index += 1
        }
        close(index)
        return names.isEmpty ? nil : (names, index)
    }

    /// A capital then a small letter ("Giáo"), not a word in capitals ("GIAO").
    static func isTitleCase(_ stream: TextStream, _ range: Range<Int>) -> Bool {
        range.count >= 2 && stream.scalars[range.lowerBound].isUppercaseFast && stream.scalars[range.lowerBound + 1].isLowercaseFast
    }

    /// The body whose name ends right before word `end` ("… Sở Nội vụ chủ trì").
    static func ending(at end: Int, _ words: FoldedWords, _ stream: TextStream, fuzzy: Bool) -> String? {
        for start in stride(from: end - 1, through: max(0, end - 10), by: -1) {
            if let found = list(words, stream, from: start, fuzzy: fuzzy), found.endWord == end { return found.names.last }
        }
        return nil
    }
}

/// Line indices as flags: the task extractor asks "is this line in it?" for every line of a
/// document, and a Set of 100,000 integers costs more to build than to ask.
struct LineSet {
    private var flags: [Bool]

    init(_ lines: some Sequence<Int>, lineCount: Int) {
        flags = Array(copies: false, count: lineCount)
        for line in lines { insert(line) }
    }

    func contains(_ line: Int) -> Bool { line >= 0 && line < flags.count && flags[line] }
    mutating func insert(_ line: Int) { if line >= 0 && line < flags.count { flags[line] = true } }
}

/// Folded phrases the task extractor tests on every line, built once.
enum TaskPhrases {
    static let giao = phrase("giao")
    static let yeuCau = phrase("yeu cau")
    static let coTrachNhiem = phrase("co trach nhiem")
    /// The second words of "đề nghị" and "yêu cầu", as bytes to look for in a line.
    static let nghi = Array("nghi".utf8), cau = Array("cau".utf8)
    static let deNghi = phrase("de nghi")
    static let chuTri = phrase("chu tri")
    /// Headings over a record (results, situation, shortcomings, proceedings) or over proposals to
    /// higher bodies: `TaskExtractor.isRecordHeading(_:minutes:)`.
    static let recordHeadings = ["ket qua", "tinh hinh", "danh gia ket qua", "danh gia tinh hinh", "danh gia chung", "thuc trang",
                                 "dien bien", "thanh phan", "ton tai", "han che ton tai", "han che va nguyen nhan", "nhung han che",
                                 "nguyen nhan", "khai quat", "noi dung cuoc hop", "noi dung buoi lam viec", "kien nghi", "de xuat"].map(phrase)
    static let noiDung = phrase("noi dung")
    static let la = Array("la".utf8)
    /// What a role's field may name: a person ("Ông …", "Đồng chí …"), or a body's leaders or
    /// representative ("Lãnh đạo các sở …", "Đại diện Công an tỉnh").
    static let personWords = ["ong", "ba", "dong chi", "cac dong chi"].map(phrase)
    static let holderLeads = ["dai dien lanh dao", "lanh dao", "dai dien"].map(phrase)
    /// Labels of the body that leads an activity in a kế hoạch's items.
    static let leadLabels = ["don vi chu tri", "co quan chu tri", "chu tri", "don vi thuc hien", "co quan thuc hien",
                             "trach nhiem thuc hien", "don vi phu trach", "co quan phu trach", "phu trach"].map(phrase)
    static let phoiHopVoi = phrase("phoi hop voi")
    static let phoiHop = phrase("phoi hop")
    static let tuGiaiThe = phrase("tu giai the")
    /// What precedes a calendar deadline or the day of an activity, folded.
    static let dayLeads = ["truoc", "cham nhat", "den ngay", "den het", "vao ngay", "(ngay", "han "].map { Array($0.utf8) }
    /// What gives a clause a time of its own: a date lead or a recurrence.
    static let clauseTimes = ["truoc ngay", "cham nhat", "den ngay", "den het ngay", "dinh ky", "hang ngay", "hang tuan", "hang thang",
                              "hang quy", "hang nam", "thuong xuyen"].map { Array($0.utf8) }
    static let thiHanh = phrase("thi hanh"), quyetDinh = phrase("quyet dinh"), chiThi = phrase("chi thi"), thucHien = phrase("thuc hien")
    /// The kinds of text an execution article carries out ("… thực hiện Nghị quyết này").
    static let textTypes = ["nghi quyet", "quyet dinh", "chi thi", "ke hoach", "thong bao", "cong van", "quy che", "quy dinh"].map(phrase)
    /// Words of watching a text carried out ("giám sát việc thực hiện", "theo dõi, đôn đốc, kiểm tra
    /// việc thực hiện", "hướng dẫn, kiểm tra việc thực hiện Quyết định này"), and "nghị" of "Nghị
    /// quyết": formula words only when the sentence names the text itself.
    static let watchingWords = FoldedWordSet("giam sat viec doi don doc kiem tra nghi huong dan".split(separator: " ").map(String.init))
    /// The words of execution formulas that close a text ("nghiêm túc triển khai thực hiện", "quan
    /// tâm, phối hợp thực hiện", "theo chức năng, nhiệm vụ được giao tổ chức thực hiện", "chịu trách
    /// nhiệm thi hành Quyết định này", "căn cứ Kế hoạch này xây dựng kế hoạch cụ thể để triển khai"), folded.
    static let formulaWords = FoldedWordSet(("nghiem tuc trien khai thuc hien to chuc quan tam phoi hop chiu trach nhiem thi hanh "
        + "quyet dinh chi thi ke hoach thong bao cong van nay theo chuc nang nhiem vu duoc giao can cu co lien quan va cac don vi "
        + "dia phuong khan truong chu dong kip thoi day du hieu qua noi dung tren xay dung cu the de").split(separator: " ").map(String.init))
}
