import Foundation

/// The clerk's .docx back, reviewed: one Word comment per finding, anchored on the finding's exact
/// text, and the fixes as tracked changes (w:del / w:ins) to accept or reject in Word. Only
/// document.xml, the comments part, `[Content_Types].xml` and the document's relationships are
/// written; every other part is copied byte for byte, and existing comments are kept as they were.
///
/// A fix is written as a tracked change only where that is plain: inside runs that are direct
/// children of the paragraph and hold only text. Inside a field, a hyperlink, a content control or
/// an earlier tracked change, or when it removes a paragraph, the fix becomes a comment that
/// suggests it instead (`Summary.suggestions`).
public enum DocxReview {
    public struct Options: Sendable {
        public var author = "doclint"
        public var initials = "DL"
        /// w:date of comments and changes (ISO 8601, UTC).
        public var date: String
        public var language: Language
        public init(date: Date = Date(), language: Language = .vi) {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            self.date = formatter.string(from: date)
            self.language = language
        }
    }

    public struct Summary: Sendable, Equatable {
        public var comments = 0
        public var trackedChanges = 0
        /// Fixes that could not be written as tracked changes and became suggesting comments.
        public var suggestions = 0
    }

    public enum Failure: Error, CustomStringConvertible {
        /// Not a package at all.
        case notDocx(String)
        /// A part the review must edit (the document, its relationships, the comments, the content
        /// types) does not read, though the checker did not need it: Word would refuse the file too.
        case unreadablePart(String)
        /// The copy written does not read back: a defect of the writer, never of the input.
        case writtenCopyUnreadable(String)
        /// Read back, the copy's text is not the text intended (the original, with the tracked
        /// changes accepted): markup the writer and the reader understand differently. Nothing is written.
        case textWouldChange(line: Int)
        public var description: String { message(.vi) }
        /// Vietnamese first, English behind --lang en (the parts' own reasons are the loader's).
        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.notDocx(let reason), _): reason
            case (.unreadablePart(let reason), .vi): "không đọc được phần \(reason)"
            case (.unreadablePart(let reason), .en): "cannot read the part \(reason)"
            case (.writtenCopyUnreadable(let reason), .vi): "bản rà soát ghi ra không đọc lại được: \(reason)"
            case (.writtenCopyUnreadable(let reason), .en): "the reviewed copy written does not read back: \(reason)"
            case (.textWouldChange(let line), .vi): "bản rà soát đọc lại khác văn bản ở đoạn \(line) (XML của tệp có chỗ hỏng?): không ghi"
            case (.textWouldChange(let line), .en): "the reviewed copy reads back differently at paragraph \(line) (damaged XML in the file?): nothing written"
            }
        }
        /// An error of the review in `language`: its own message, or the description of another.
        public static func message(of error: Error, _ language: Language) -> String {
            (error as? Failure)?.message(language) ?? "\(error)"
        }
    }

    /// One change of a paragraph: replace `range` (scalars of its line) with `replacement`.
    struct Hunk: Equatable { let range: Range<Int>; let replacement: [Unicode.Scalar] }

    /// Writes the reviewed copy of `data` (the .docx `source` was loaded from).
    /// `fixedLines`: the text after the fixes (`Linter.fix`), or nil for comments only.
    public static func write(data: Data, source: SourceText, findings: [Diagnostic], fixedLines: [Fixer.FixedLine]?,
                             rules: [String: RuleDescription], options: Options) throws -> (Data, Summary) {
        let archive: DocxArchive
        do { archive = try DocxArchive(data: data) } catch { throw Failure.notDocx("\(error)") }
        var reader = archive
        func read(_ part: String) throws(Failure) -> Data? {
            do { return try reader.read(part) } catch { throw .unreadablePart("\(part) (\(error))") }
        }
        guard let documentData = try read("word/document.xml") else { throw Failure.unreadablePart("word/document.xml") }
        let document = [UInt8](documentData)
        let map = DocxRunMap(document)
        let relationshipsPath = "word/_rels/document.xml.rels"
        let relationships = try read(relationshipsPath).map { String(decoding: $0, as: UTF8.self) }
        let commentsPath = relationships.flatMap { commentsTarget(in: $0) }
        let existingComments = try commentsPath.flatMap { try read($0) }.map { [UInt8]($0) }

        var writer = ParagraphWriter(map: map, document: document, options: options,
                                     nextID: max(highestID(document), existingComments.map(highestID) ?? 0) + 1)
        let bodyCount = source.layout?.bodyParagraphCount ?? source.lines.count
        let verified: [Bool] = map.paragraphs.indices.map { index in
            let paragraph = map.paragraphs[index]
            return !paragraph.nested && index < bodyCount && index < source.lines.count
                && paragraph.text.elementsEqual(source.lines[index].original.unicodeScalars)
        }
        writer.verified = verified
        var summary = Summary()
        var comments: [(Int, [String])] = []
        /// The text the copy must read back as: each line with its tracked changes accepted.
        var expected = source.lines.map(\.original)

        // The fixes, as the difference between each paragraph and its fixed text.
        if let fixedLines {
            var fixedByOrigin: [Int: String] = [:]
            for line in fixedLines { fixedByOrigin[line.origin] = line.text }
            for (index, line) in source.lines.enumerated() {
                let fixed = fixedByOrigin[line.number]
                if let fixed, fixed.unicodeScalars.elementsEqual(line.original.unicodeScalars) { continue }
                let old = Array(line.original.unicodeScalars)
                let hunks = fixed.map { hunksOf(old, Array($0.unicodeScalars)) } ?? [Hunk(range: 0..<old.count, replacement: [])]
                var accepted = old
                for hunk in hunks.reversed() {
                    if fixed != nil, index < verified.count, verified[index], !hunk.replacement.contains("\n"), writer.canEdit(paragraph: index, hunk.range) {
                        writer.edit(paragraph: index, hunk)
                        accepted.replaceSubrange(hunk.range, with: hunk.replacement)
                        summary.trackedChanges += 1
                    } else {
                        let id = writer.newID()
                        let oldText = String(String.UnicodeScalarView(old[hunk.range]))
                        let newText = String(String.UnicodeScalarView(hunk.replacement))
                        let text = fixed == nil
                            ? (options.language == .vi ? "doclint đề xuất xoá đoạn này (không sửa tự động được)." : "doclint suggests deleting this paragraph (not fixed automatically).")
                            : (options.language == .vi ? "doclint đề xuất sửa «\(oldText)» thành «\(newText)» (không sửa tự động được ở vị trí này)."
                                                       : "doclint suggests replacing “\(oldText)” with “\(newText)” (not fixed automatically here).")
                        writer.anchor(id: id, from: (index, hunk.range.lowerBound), to: (index, hunk.range.upperBound))
                        comments.append((id, [text]))
                        summary.suggestions += 1
                    }
                }
                expected[index] = String(String.UnicodeScalarView(accepted))
            }
        }

        // One comment per finding.
        for finding in findings {
            let id = writer.newID()
            let start = (finding.range.start.line - 1, finding.range.start.column - 1)
            var end = (finding.range.end.line - 1, finding.range.end.column - 1)
            // A range ending at the start of a line ends with the line before.
            if end.0 > start.0, end.1 == 0 { end = (end.0 - 1, source.lines.indices.contains(end.0 - 1) ? source.lines[end.0 - 1].original.unicodeScalars.count : 0) }
            writer.anchor(id: id, from: start, to: end)
            comments.append((id, commentText(finding, rules[finding.ruleID], options.language)))
            summary.comments += 1
        }

        let newDocument = writer.render()
        var replaced: [String: Data] = ["word/document.xml": Data(newDocument)]
        var added: [(String, Data)] = []
        let commentXML = comments.map { commentElement(id: $0.0, paragraphs: $0.1, prefix: "w:", options: options) }.joined()
        if !comments.isEmpty {
            if let commentsPath, let existing = existingComments, let (close, prefix) = lastCloseTag(existing, local: "comments") {
                // Ours go after the comments already there, which stay as they were.
                let ours = comments.map { commentElement(id: $0.0, paragraphs: $0.1, prefix: prefix, options: options) }.joined()
                replaced[commentsPath] = Data(existing[..<close] + Array(ours.utf8) + existing[close...])
            } else {
                let path = commentsPath ?? "word/comments.xml"
                added.append((path, Data(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"\(DocxXML.wordNamespace)\">" + commentXML + "</w:comments>").utf8)))
                if commentsPath == nil {
                    let relationship = "<Relationship Id=\"\(freeRelationshipID(relationships ?? ""))\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
                    if let relationships, let close = relationships.range(of: "</Relationships>", options: .backwards) {
                        var text = relationships
                        text.insert(contentsOf: relationship, at: close.lowerBound)
                        replaced[relationshipsPath] = Data(text.utf8)
                    } else {
                        added.append((relationshipsPath, Data("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationship)</Relationships>".utf8)))
                    }
                }
                if let types = try read("[Content_Types].xml").map({ String(decoding: $0, as: UTF8.self) }),
                   !types.contains("PartName=\"/\(path)\""), let close = types.range(of: "</Types>", options: .backwards) {
                    var text = types
                    text.insert(contentsOf: "<Override PartName=\"/\(path)\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>", at: close.lowerBound)
                    replaced["[Content_Types].xml"] = Data(text.utf8)
                }
            }
        }
        let written = try DocxPackageWriter.write(archive, replacing: replaced, adding: added)
        // Read back before anyone gets it, with the loader's own parser and body reader: markup the
        // two understand differently could otherwise come out with text the clerk did not write.
        // (The body only: the rest of the package is copied, and styles need not be resolved again.)
        let body = DocxBodyHandler()
        do { try DocxXML.parse(Data(newDocument), part: "word/document.xml", delegate: body) } catch {
            throw Failure.writtenCopyUnreadable(error.reason)
        }
        let reread = body.paragraphs.map(\.text)
        let differing = (0..<bodyCount).first { index in
            index >= reread.count || index >= expected.count || !reread[index].elementsEqual(expected[index].unicodeScalars)
        } ?? (reread.count != bodyCount ? min(reread.count, bodyCount) : nil)
        if let differing { throw Failure.textWouldChange(line: differing + 1) }
        return (written, summary)
    }

    // MARK: - Comments

    static func commentText(_ finding: Diagnostic, _ rule: RuleDescription?, _ language: Language) -> [String] {
        let vi = language == .vi
        var paragraphs = ["\(finding.message.text(language)) [\(finding.ruleID)]"]
        for note in finding.notes { paragraphs.append(note.message.text(language)) }
        if let source = rule?.source, !source.isEmpty { paragraphs.append((vi ? "Căn cứ: " : "Source: ") + source) }
        if let fix = finding.fix {
            let edits = fix.edits.filter { $0.range.start.line == $0.range.end.line && !$0.replacement.isEmpty }.map { "«\($0.replacement)»" }
            paragraphs.append((vi ? "Cách sửa: " : "Fix: ") + fix.message.text(language) + (edits.isEmpty ? "" : " → " + edits.joined(separator: ", "))
                              + (fix.isSafe ? "" : (vi ? " (cần người xem lại)" : " (needs review)")))
        }
        return paragraphs
    }

    static func commentElement(id: Int, paragraphs: [String], prefix w: String, options: Options) -> String {
        var xml = "<\(w)comment \(w)id=\"\(id)\" \(w)author=\"\(escape(options.author))\" \(w)date=\"\(options.date)\" \(w)initials=\"\(escape(options.initials))\">"
        for (index, text) in paragraphs.enumerated() {
            xml += "<\(w)p>" + (index == 0 ? "<\(w)r><\(w)annotationRef/></\(w)r>" : "")
            xml += "<\(w)r><\(w)t xml:space=\"preserve\">\(escape(text))</\(w)t></\(w)r></\(w)p>"
        }
        return xml + "</\(w)comment>"
    }

    /// Text for XML content and attributes (the reporters' escaping: XML-forbidden characters become U+FFFD).
    static func escape(_ text: String) -> String { Reporter.xmlText(text) }

    /// The comments part a document's relationships name ("word/comments.xml"), if any.
    static func commentsTarget(in relationships: String) -> String? {
        var scanner = DocxByteScanner(bytes: Array(relationships.utf8))
        while let token = scanner.next() {
            guard case .start = token.kind, scanner.isNamed(token, "Relationship"),
                  scanner.attribute("Type", of: token)?.hasSuffix("/relationships/comments") == true,
                  scanner.attribute("TargetMode", of: token) != "External",
                  let target = scanner.attribute("Target", of: token) else { continue }
            if target.hasPrefix("/") { return String(target.dropFirst()) }
            // Relative to word/; "../x" leaves it.
            var parts = ["word"]
            for piece in target.split(separator: "/") {
                if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
            }
            return parts.joined(separator: "/")
        }
        return nil
    }

    static func freeRelationshipID(_ relationships: String) -> String {
        var candidate = "rIdDoclintComments"
        var suffix = 1
        while relationships.contains("Id=\"\(candidate)\"") { suffix += 1; candidate = "rIdDoclintComments\(suffix)" }
        return candidate
    }

    /// The highest number in any `…id="N"` attribute: new comment and change ids start above it.
    static func highestID(_ bytes: [UInt8]) -> Int {
        let pattern = Array("id=\"".utf8)
        var highest = 0
        var index = 1
        while index + pattern.count < bytes.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern),
               bytes[index - 1] == UInt8(ascii: ":") || bytes[index - 1] == UInt8(ascii: " ") {
                var value = 0, digits = 0
                var cursor = index + pattern.count
                while cursor < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]), digits < 9 {
                    value = value * 10 + Int(bytes[cursor] - UInt8(ascii: "0")); cursor += 1; digits += 1
                }
                highest = max(highest, value)
                index = cursor
            } else {
                index += 1
            }
        }
        return highest
    }

    /// Where the last end tag of `local` starts, and that tag's prefix.
    static func lastCloseTag(_ bytes: [UInt8], local: StaticString) -> (Int, String)? {
        var scanner = DocxByteScanner(bytes: bytes)
        var found: (Int, String)?
        while let token = scanner.next() {
            if case .end = token.kind, scanner.isNamed(token, local) { found = (token.start, scanner.prefix(token)) }
        }
        return found
    }

    // MARK: - Differences

    /// The changes that turn `old` into `new`: a scalar diff in which a replaced letter grows to the
    /// whole word ("Ha Noi" → "Hà Nội" is two replaced words, not two replaced letters), while
    /// replaced punctuation ("Bình;" → "Bình.") and pure insertions ("Lưu" → "Lưu:") stay as small
    /// as they are.
    static func hunksOf(_ old: [Unicode.Scalar], _ new: [Unicode.Scalar]) -> [Hunk] {
        guard old != new else { return [] }
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // Walk both: (old range, new range) of each changed stretch; between stretches both agree.
        var stretches: [(old: Range<Int>, new: Range<Int>)] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, !removed.contains(i), j < new.count, !inserted.contains(j) { i += 1; j += 1; continue }
            let oldStart = i, newStart = j
            while i < old.count, removed.contains(i) { i += 1 }
            while j < new.count, inserted.contains(j) { j += 1 }
            if i == oldStart && j == newStart { break }
            stretches.append((oldStart..<i, newStart..<j))
        }
        func isWordPart(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark }
        var merged: [(old: Range<Int>, new: Range<Int>)] = []
        for (index, original) in stretches.enumerated() {
            var stretch = original
            if !stretch.old.isEmpty && !stretch.new.isEmpty && (old[stretch.old].contains(where: isWordPart) || new[stretch.new].contains(where: isWordPart)) {
                // Between two stretches both texts agree, so growing over it keeps old and new in step.
                let floor = merged.last?.old.upperBound ?? 0
                let ceiling = index + 1 < stretches.count ? stretches[index + 1].old.lowerBound : old.count
                var left = 0, right = 0
                while stretch.old.lowerBound - left > floor, isWordPart(old[stretch.old.lowerBound - left - 1]) { left += 1 }
                while stretch.old.upperBound + right < ceiling, isWordPart(old[stretch.old.upperBound + right]) { right += 1 }
                stretch = ((stretch.old.lowerBound - left)..<(stretch.old.upperBound + right), (stretch.new.lowerBound - left)..<(stretch.new.upperBound + right))
            }
            // Touching the one before (a word with two changes): one hunk.
            if let last = merged.last, stretch.old.lowerBound <= last.old.upperBound {
                merged[merged.count - 1] = (last.old.lowerBound..<max(last.old.upperBound, stretch.old.upperBound),
                                            last.new.lowerBound..<max(last.new.upperBound, stretch.new.upperBound))
            } else {
                merged.append(stretch)
            }
        }
        return merged.map { Hunk(range: $0.old, replacement: Array(new[$0.new])) }
    }
}

/// Places comment marks and tracked changes into document.xml's paragraphs, then writes the part:
/// the original bytes with insertions between runs and, where a mark or a change falls inside a
/// run, that run rewritten as pieces that each carry its start tag and properties.
struct ParagraphWriter {
    enum Mark {
        case commentStart(Int), commentPoint(Int), commentEnd(Int)
        case insertion([Unicode.Scalar], properties: Range<Int>?)
        /// At one offset: insertions, then comment ends, then points, then starts — so a replaced
        /// text's insertion stays inside its comment, and a comment starting here is not ended here.
        var order: Int {
            switch self { case .insertion: 0; case .commentEnd: 1; case .commentPoint: 2; case .commentStart: 3 }
        }
        var startsSomething: Bool { order >= 2 }
    }

    let map: DocxRunMap
    let document: [UInt8]
    let options: DocxReview.Options
    var nextID: Int
    var verified: [Bool] = []
    private var marks: [Int: [(offset: Int, mark: Mark)]] = [:]
    private var deletions: [Int: [Range<Int>]] = [:]

    init(map: DocxRunMap, document: [UInt8], options: DocxReview.Options, nextID: Int) {
        self.map = map; self.document = document; self.options = options; self.nextID = nextID
    }

    mutating func newID() -> Int { defer { nextID += 1 }; return nextID }

    private func isVerified(_ paragraph: Int) -> Bool { verified.indices.contains(paragraph) && verified[paragraph] }
    private func length(_ paragraph: Int) -> Int { map.paragraphs[paragraph].text.count }

    /// Anchors comment `id` from (paragraph, scalar) to (paragraph, scalar). Outside the body (a
    /// footnote's line), it covers the first paragraph; in a paragraph whose text could not be
    /// matched, it is a point at the paragraph's end.
    mutating func anchor(id: Int, from: (Int, Int), to: (Int, Int)) {
        guard !map.paragraphs.isEmpty else { return }
        var from = from, to = to
        if !map.paragraphs.indices.contains(from.0) || !isVerified(from.0) && !map.paragraphs.indices.contains(to.0) {
            from = (0, 0); to = (0, length(0))
        }
        if !map.paragraphs.indices.contains(to.0) || to.0 < from.0 { to = (from.0, length(from.0)) }
        if !isVerified(from.0) { from.1 = length(from.0) }
        if !isVerified(to.0) { to.1 = length(to.0) }
        from.1 = max(0, min(from.1, length(from.0)))
        to.1 = max(0, min(to.1, length(to.0)))
        if from.0 == to.0 && to.1 <= from.1 {
            marks[from.0, default: []].append((from.1, .commentPoint(id)))
        } else {
            marks[from.0, default: []].append((from.1, .commentStart(id)))
            marks[to.0, default: []].append((to.1, .commentEnd(id)))
        }
    }

    /// The text runs (non-empty spans) of a paragraph.
    private func textRuns(_ paragraph: Int) -> [DocxRunMap.Run] { map.paragraphs[paragraph].runs.filter { !$0.span.isEmpty } }

    /// A replacement can be a tracked change: every run it touches is editable, and so is the run
    /// an insertion borrows its look from.
    func canEdit(paragraph: Int, _ range: Range<Int>) -> Bool {
        guard isVerified(paragraph), map.paragraphs[paragraph].emptyTag == nil else { return false }
        let runs = textRuns(paragraph)
        if range.isEmpty {
            guard let anchor = runs.last(where: { $0.span.upperBound == range.lowerBound }) ?? runs.first(where: { $0.span.lowerBound == range.lowerBound })
                    ?? runs.first(where: { $0.span.contains(range.lowerBound) }) else { return runs.isEmpty }
            return anchor.editable
        }
        let touched = runs.filter { $0.span.overlaps(range) }
        return !touched.isEmpty && touched.allSatisfy(\.editable)
    }

    mutating func edit(paragraph: Int, _ hunk: DocxReview.Hunk) {
        let runs = textRuns(paragraph)
        if !hunk.range.isEmpty { deletions[paragraph, default: []].append(hunk.range) }
        if !hunk.replacement.isEmpty {
            // The inserted text looks like the text it replaces, or the text before it.
            let look = runs.first(where: { $0.span.contains(hunk.range.lowerBound) && !hunk.range.isEmpty })
                ?? runs.last(where: { $0.span.upperBound == hunk.range.lowerBound }) ?? runs.first(where: { $0.span.contains(hunk.range.lowerBound) }) ?? runs.first
            marks[paragraph, default: []].append((hunk.range.upperBound, .insertion(hunk.replacement, properties: look?.properties)))
        }
    }

    // MARK: Writing

    private struct Splice { let position: Int; let phase: Int; let sequence: Int; let replacing: Int; let bytes: [UInt8] }

    func render() -> [UInt8] {
        var splices: [Splice] = []
        var sequence = 0
        var ids = nextID
        func add(_ position: Int, _ phase: Int, _ bytes: [UInt8], replacing: Int = 0) {
            splices.append(Splice(position: position, phase: phase, sequence: sequence, replacing: replacing, bytes: bytes)); sequence += 1
        }
        let w = map.prefix
        func markBytes(_ mark: Mark) -> [UInt8] {
            switch mark {
            case .commentStart(let id): return Array("<\(w)commentRangeStart \(w)id=\"\(id)\"/>".utf8)
            case .commentEnd(let id): return Array("<\(w)commentRangeEnd \(w)id=\"\(id)\"/><\(w)r><\(w)commentReference \(w)id=\"\(id)\"/></\(w)r>".utf8)
            case .commentPoint(let id): return markBytes(.commentStart(id)) + markBytes(.commentEnd(id))
            case .insertion(let text, let properties):
                defer { ids += 1 }
                var xml = Array("<\(w)ins \(w)id=\"\(ids)\" \(w)author=\"\(DocxReview.escape(options.author))\" \(w)date=\"\(options.date)\"><\(w)r>".utf8)
                if let properties { xml += document[properties] }
                for (index, piece) in String(String.UnicodeScalarView(text)).split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                    if index > 0 { xml += Array("<\(w)tab/>".utf8) }
                    if !piece.isEmpty { xml += Array("<\(w)t xml:space=\"preserve\">\(DocxReview.escape(String(piece)))</\(w)t>".utf8) }
                }
                return xml + Array("</\(w)r></\(w)ins>".utf8)
            }
        }
        func ordered(_ list: [(offset: Int, mark: Mark)]) -> [Mark] {
            list.enumerated().sorted { ($0.element.mark.order, $0.offset) < ($1.element.mark.order, $1.offset) }.map(\.element.mark)
        }

        for (index, paragraph) in map.paragraphs.enumerated() {
            let paragraphMarks = marks[index] ?? []
            let paragraphDeletions = deletions[index] ?? []
            guard !paragraphMarks.isEmpty || !paragraphDeletions.isEmpty else { continue }
            if let tag = paragraph.emptyTag {
                // `<w:p …/>` opens and closes around the marks.
                var open = Array(document[tag])
                open.removeLast(2)
                while open.last == UInt8(ascii: " ") { open.removeLast() }
                add(tag.lowerBound, 2, open + [UInt8(ascii: ">")] + ordered(paragraphMarks).flatMap(markBytes) + Array("</\(w)p>".utf8), replacing: tag.count)
                continue
            }
            guard isVerified(index) else {
                add(paragraph.closeTag, 1, ordered(paragraphMarks).flatMap(markBytes))
                continue
            }
            let runs = textRuns(index)
            // A mark inside a run that cannot be cut moves to its edge: starts before, ends after.
            var placed: [(offset: Int, mark: Mark)] = paragraphMarks.map { entry in
                guard let run = runs.first(where: { $0.span.lowerBound < entry.offset && entry.offset < $0.span.upperBound }), !run.splittable else { return entry }
                return (entry.mark.startsSomething ? run.span.lowerBound : run.span.upperBound, entry.mark)
            }
            placed.sort { $0.offset < $1.offset }
            var before: [Int: [(offset: Int, mark: Mark)]] = [:], after: [Int: [(offset: Int, mark: Mark)]] = [:], inside: [Int: [(offset: Int, mark: Mark)]] = [:]
            var atClose: [(offset: Int, mark: Mark)] = []
            for entry in placed {
                let k = entry.offset
                if let run = runs.firstIndex(where: { $0.span.lowerBound < k && k < $0.span.upperBound }) {
                    inside[run, default: []].append(entry)
                } else if entry.mark.startsSomething {
                    if let run = runs.firstIndex(where: { $0.span.lowerBound == k }) { before[run, default: []].append(entry) }
                    else if let run = runs.lastIndex(where: { $0.span.upperBound == k }) { after[run, default: []].append(entry) }
                    else { atClose.append(entry) }
                } else {
                    if let run = runs.lastIndex(where: { $0.span.upperBound == k }) { after[run, default: []].append(entry) }
                    else if let run = runs.firstIndex(where: { $0.span.lowerBound == k }) { before[run, default: []].append(entry) }
                    else { atClose.append(entry) }
                }
            }
            for (runIndex, run) in runs.enumerated() {
                if let list = before[runIndex] { add(run.start, 1, ordered(list).flatMap(markBytes)) }
                let cuts = Set((inside[runIndex] ?? []).map(\.offset) + paragraphDeletions.flatMap { [$0.lowerBound, $0.upperBound] }
                    .filter { run.span.lowerBound < $0 && $0 < run.span.upperBound }).sorted()
                let deleted = paragraphDeletions.contains { $0.overlaps(run.span) }
                if !cuts.isEmpty || deleted {
                    var bytes: [UInt8] = []
                    let bounds = [run.span.lowerBound] + cuts + [run.span.upperBound]
                    for segment in 0..<(bounds.count - 1) {
                        let range = bounds[segment]..<bounds[segment + 1]
                        if segment > 0 { bytes += ordered((inside[runIndex] ?? []).filter { $0.offset == range.lowerBound }).flatMap(markBytes) }
                        let isDeleted = paragraphDeletions.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
                        var piece = segmentBytes(run, range, last: segment == bounds.count - 2, deleted: isDeleted)
                        if isDeleted {
                            piece = Array("<\(w)del \(w)id=\"\(ids)\" \(w)author=\"\(DocxReview.escape(options.author))\" \(w)date=\"\(options.date)\">".utf8) + piece + Array("</\(w)del>".utf8)
                            ids += 1
                        }
                        bytes += piece
                    }
                    add(run.start, 2, bytes, replacing: run.end - run.start)
                }
                if let list = after[runIndex] { add(run.end, 0, ordered(list).flatMap(markBytes)) }
            }
            if !atClose.isEmpty { add(paragraph.closeTag, 1, ordered(atClose).flatMap(markBytes)) }
        }

        splices.sort { ($0.position, $0.phase, $0.sequence) < ($1.position, $1.phase, $1.sequence) }
        var out: [UInt8] = []
        out.reserveCapacity(document.count + splices.reduce(0) { $0 + $1.bytes.count })
        var cursor = 0
        for splice in splices {
            guard splice.position >= cursor else { continue }
            out += document[cursor..<splice.position]
            out += splice.bytes
            cursor = splice.position + splice.replacing
        }
        out += document[cursor...]
        return out
    }

    /// One piece of a run: its start tag, its properties, the children covering `range` (text cut
    /// where the range cuts it), and its end tag; deleted text is w:delText.
    private func segmentBytes(_ run: DocxRunMap.Run, _ range: Range<Int>, last: Bool, deleted: Bool) -> [UInt8] {
        let w = run.prefix
        let scanner = DocxByteScanner(bytes: document)
        var bytes = Array(document[run.startTag])
        if let properties = run.properties { bytes += document[properties] }
        for piece in run.pieces {
            let lower = piece.span.lowerBound
            switch piece.kind {
            case .empty:
                if range.contains(lower) || (last && lower == range.upperBound) { bytes += document[piece.start..<piece.end] }
            case .element:
                if range.contains(lower) { bytes += document[piece.start..<piece.end] }
            case .text:
                let from = max(range.lowerBound, piece.span.lowerBound), to = min(range.upperBound, piece.span.upperBound)
                guard from < to else { continue }
                let content = piece.contentStart..<piece.contentEnd
                let whole = from == piece.span.lowerBound && to == piece.span.upperBound
                if whole && !deleted { bytes += document[piece.start..<piece.end]; continue }
                let start = scanner.offset(ofScalar: from - lower, in: content), end = scanner.offset(ofScalar: to - lower, in: content)
                let tag = deleted ? "delText" : "t"
                bytes += Array("<\(w)\(tag) xml:space=\"preserve\">".utf8) + document[start..<end] + Array("</\(w)\(tag)>".utf8)
            }
        }
        return bytes + Array("</\(w)r>".utf8)
    }
}

/// A .docx reviewed: the bytes to write, what went into them, and the findings of the reviewed copy
/// as Word would show it with every change accepted.
public struct DocxReviewOutcome: Sendable {
    public let data: Data
    public let summary: DocxReview.Summary
    /// The reviewed copy as read back, and its findings.
    public let reviewed: SourceText
    public let remaining: [Diagnostic]
}

extension Linter {
    /// Reviews the .docx `data` that `source` was loaded from: a comment per finding of `comments`
    /// (none when nil) and, with `fixes`, the fixes of `--fix` as tracked changes.
    public func reviewDocx(data: Data, source: SourceText, configuration: Configuration, comments: [Diagnostic]?,
                           fixes: Bool, includeUnsafe: Bool, options: DocxReview.Options) throws -> DocxReviewOutcome {
        let fixedLines = fixes ? fix(source, configuration: configuration, includeUnsafe: includeUnsafe).fixedLines : nil
        let rules = Dictionary(descriptions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let (written, summary) = try DocxReview.write(data: data, source: source, findings: comments ?? [], fixedLines: fixedLines,
                                                      rules: rules, options: options)
        // Comments only: the text is the input's, and so are its findings.
        if fixedLines == nil { return DocxReviewOutcome(data: written, summary: summary, reviewed: source, remaining: comments ?? lint(source, configuration: configuration)) }
        // Read back, the copy gives the text with every change accepted (inserted text in, deleted out).
        switch DocxLoader.load(data: written, path: source.path) {
        case .success(let reviewed):
            return DocxReviewOutcome(data: written, summary: summary, reviewed: reviewed, remaining: lint(reviewed, configuration: configuration))
        case .failure(let error): throw DocxReview.Failure.writtenCopyUnreadable(error.message(.vi))
        }
    }
}
