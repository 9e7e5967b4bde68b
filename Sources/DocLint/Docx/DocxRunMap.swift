/// document.xml as bytes, mapped for writing into it: every paragraph in the order DocxLoader numbers
/// them (a paragraph counts when it closes, so a text box's paragraphs come before the one holding
/// it), and in each its runs — byte range, start tag, properties, children — with the span of the
/// paragraph's line their text covers. It reads exactly what DocxBodyHandler reads (w:t, w:tab,
/// w:br, w:cr, w:noBreakHyphen, footnote numbers; nothing inside mc:Fallback, no deleted text), and
/// the writer still checks each paragraph's text against the loaded line before touching it.
///
/// A small byte scanner, not an XML parser: the part was already parsed (and any DTD refused) by
/// the loader, and the writer needs byte offsets, which SAX does not give.
struct DocxRunMap {
    struct Piece {
        enum Kind: Equatable { case text, element, empty }
        let kind: Kind
        /// The child element's bytes; for text, `contentStart..<contentEnd` is what sits inside w:t.
        let start: Int, end: Int
        let contentStart: Int, contentEnd: Int
        /// Its span in the paragraph's line, in scalars.
        let span: Range<Int>
    }

    struct Run {
        let start: Int, end: Int
        /// `<w:r …>` as written (copied onto every half of a split run).
        let startTag: Range<Int>
        let properties: Range<Int>?
        /// "w:" (or whatever prefix this run's element carries).
        let prefix: String
        let pieces: [Piece]
        let span: Range<Int>
        /// Only text, tabs, breaks and hyphens inside: it can be cut between any two scalars.
        let splittable: Bool
        /// A direct child of its paragraph, outside any field, hyperlink, content control or earlier
        /// tracked change: its text may be replaced by a tracked change.
        let editable: Bool
    }

    struct Paragraph {
        var text: [Unicode.Scalar] = []
        var runs: [Run] = []
        /// Byte offset of the paragraph's end tag.
        var closeTag = 0
        /// Holds runs nested in runs (a text box): read only as a whole.
        var nested = false
        /// `<w:p …/>`, an empty paragraph written as one tag: its bytes.
        var emptyTag: Range<Int>?
    }

    var paragraphs: [Paragraph] = []
    /// The prefix of the WordprocessingML namespace in this part ("w:" in every Word file).
    var prefix = "w:"

    /// The elements the map acts on; every other one is `.other`.
    enum Name { case p, r, t, pPr, rPr, tab, br, cr, noBreakHyphen, softHyphen, lastRenderedPageBreak, footnoteReference, fldChar, Fallback, other }

    static func name(_ token: DocxByteScanner.Token, _ scanner: DocxByteScanner) -> Name {
        switch token.local.count {
        case 1: return scanner.isNamed(token, "p") ? .p : scanner.isNamed(token, "r") ? .r : scanner.isNamed(token, "t") ? .t : .other
        case 2: return scanner.isNamed(token, "br") ? .br : scanner.isNamed(token, "cr") ? .cr : .other
        case 3: return scanner.isNamed(token, "pPr") ? .pPr : scanner.isNamed(token, "rPr") ? .rPr : scanner.isNamed(token, "tab") ? .tab : .other
        case 7: return scanner.isNamed(token, "fldChar") ? .fldChar : .other
        case 8: return scanner.isNamed(token, "Fallback") ? .Fallback : .other
        case 10: return scanner.isNamed(token, "softHyphen") ? .softHyphen : .other
        case 13: return scanner.isNamed(token, "noBreakHyphen") ? .noBreakHyphen : .other
        case 17: return scanner.isNamed(token, "footnoteReference") ? .footnoteReference : .other
        case 21: return scanner.isNamed(token, "lastRenderedPageBreak") ? .lastRenderedPageBreak : .other
        default: return .other
        }
    }

    init(_ bytes: [UInt8]) {
        var scanner = DocxByteScanner(bytes: bytes)
        var stack: [Paragraph] = []
        var elements: [Name] = []
        var fallbackDepth = 0
        var inRun = false, inText = false, inParagraphProperties = false
        var runStart = 0
        var fieldDepth = 0
        var footnoteOrder: [String] = []
        // The run being read: its start, tag, properties, pieces, and whether it stays simple.
        var runOpen: (start: Int, tag: Range<Int>, prefix: String, editable: Bool)?
        var runProperties: Range<Int>?
        var pieces: [Piece] = []
        var simple = true
        var textOpen: (start: Int, contentStart: Int, span: Int)?
        var prefixSeen = false

        func append(_ scalars: [Unicode.Scalar]) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += scalars
        }
        var length: Int { stack.last?.text.count ?? 0 }

        while let token = scanner.next() {
            switch token.kind {
            case .start(let selfClosing):
                let name = Self.name(token, scanner)
                defer { if !selfClosing { elements.append(name) } }
                if fallbackDepth > 0 { if name == .Fallback, !selfClosing { fallbackDepth += 1 }; continue }
                // Inside a run, any child but the simple ones makes it whole-only.
                if inRun, elements.last == .r {
                    switch name {
                    case .rPr, .t, .tab, .br, .cr, .noBreakHyphen, .softHyphen, .lastRenderedPageBreak: break
                    default: simple = false
                    }
                }
                switch name {
                case .Fallback: if !selfClosing { fallbackDepth = 1 }
                case .p:
                    if !prefixSeen { prefix = scanner.prefix(token); prefixSeen = true }
                    if inRun { stack.indices.last.map { stack[$0].nested = true } }
                    if selfClosing { paragraphs.append(Paragraph(closeTag: token.start, emptyTag: token.start..<token.end)) } else { stack.append(Paragraph()) }
                case .pPr: if !selfClosing { inParagraphProperties = true }
                case .rPr: if inRun, elements.last == .r { runProperties = token.start..<(selfClosing ? token.end : scanner.endOfElement(from: token)) }
                case .r:
                    if inRun { stack.indices.last.map { stack[$0].nested = true } }
                    inRun = !selfClosing
                    runStart = length
                    runOpen = (token.start, token.start..<token.end, scanner.prefix(token), elements.last == .p && fieldDepth == 0)
                    runProperties = nil; pieces = []; simple = true
                case .t:
                    // A w:t opened inside an unclosed one: this run is not what it seems; keep it whole.
                    if textOpen != nil { simple = false }
                    if selfClosing { pieces.append(Piece(kind: .empty, start: token.start, end: token.end, contentStart: token.end, contentEnd: token.end, span: length..<length)) }
                    else { inText = true; textOpen = (token.start, token.end, length) }
                case .tab, .br, .cr, .noBreakHyphen:
                    guard inRun, name != .tab || !inParagraphProperties else { break }
                    let before = length
                    append([name == .tab ? "\t" : name == .noBreakHyphen ? "-" : " "])
                    let end = selfClosing ? token.end : scanner.endOfElement(from: token)
                    pieces.append(Piece(kind: .element, start: token.start, end: end, contentStart: end, contentEnd: end, span: before..<length))
                case .softHyphen, .lastRenderedPageBreak:
                    let end = selfClosing ? token.end : scanner.endOfElement(from: token)
                    pieces.append(Piece(kind: .empty, start: token.start, end: end, contentStart: end, contentEnd: end, span: length..<length))
                case .footnoteReference:
                    guard let id = scanner.attribute("id", of: token) else { break }
                    if !footnoteOrder.contains(id) { footnoteOrder.append(id) }
                    let number = footnoteOrder.firstIndex(of: id)! + 1
                    append(String(number).map { DocxBodyHandler.superscriptDigits[Int(String($0))!].unicodeScalars.first! })
                case .fldChar:
                    switch scanner.attribute("fldCharType", of: token) {
                    case "begin": fieldDepth += 1
                    case "end": fieldDepth = max(0, fieldDepth - 1)
                    default: break
                    }
                default: break
                }
            case .end:
                let name = Self.name(token, scanner)
                if !elements.isEmpty { elements.removeLast() }
                if fallbackDepth > 0 { if name == .Fallback { fallbackDepth -= 1 }; continue }
                switch name {
                case .pPr: inParagraphProperties = false
                case .t:
                    inText = false
                    if let open = textOpen {
                        // Opened in another paragraph than it closes in (markup the scanner reads
                        // otherwise than the parser): no piece, and the run stays whole.
                        if open.span <= length {
                            pieces.append(Piece(kind: .text, start: open.start, end: token.end, contentStart: open.contentStart, contentEnd: token.start, span: open.span..<length))
                        } else {
                            simple = false
                        }
                        textOpen = nil
                    }
                case .r:
                    inRun = false
                    if let open = runOpen, !stack.isEmpty {
                        // Its pieces must tile its text exactly, or a rewrite could drop some of it
                        // (markup the scanner reads otherwise than the loader's parser): whole only.
                        var next = runStart
                        for piece in pieces { if piece.span.lowerBound != next { simple = false }; next = piece.span.upperBound }
                        if next != length { simple = false }
                        let run = Run(start: open.start, end: token.end, startTag: open.tag, properties: runProperties, prefix: open.prefix,
                                      pieces: pieces, span: runStart..<max(runStart, length), splittable: simple, editable: open.editable && simple)
                        stack[stack.count - 1].runs.append(run)
                    }
                    runOpen = nil
                case .p:
                    if var paragraph = stack.popLast() { paragraph.closeTag = token.start; paragraphs.append(paragraph) }
                default: break
                }
            case .text(let range):
                if inText && inRun && fallbackDepth == 0 { append(scanner.decode(range)) }
            }
        }
    }
}

/// Tokens of an XML part with their byte offsets: start tags (with attributes left in place), end
/// tags and text. Comments, processing instructions and CDATA sections are skipped (the loader's
/// parser reports no CDATA text either).
struct DocxByteScanner {
    enum Kind { case start(selfClosing: Bool), end, text(Range<Int>) }
    /// `name` and `local` (after any prefix) are byte ranges: most tokens are skipped, and making a
    /// String of each name was a fifth of the writer's time.
    struct Token { let kind: Kind; let start: Int; let end: Int; var name: Range<Int> = 0..<0; var local: Range<Int> = 0..<0 }

    let bytes: [UInt8]
    var position = 0

    func qualifiedName(_ token: Token) -> String { String(decoding: bytes[token.name], as: UTF8.self) }
    func localName(_ token: Token) -> String { String(decoding: bytes[token.local], as: UTF8.self) }
    /// "w:" for "w:p", "" for an unprefixed name.
    func prefix(_ token: Token) -> String { String(decoding: bytes[token.name.lowerBound..<token.local.lowerBound], as: UTF8.self) }

    /// The token's local name is `name`, compared without making a String.
    func isNamed(_ token: Token, _ name: StaticString) -> Bool {
        guard token.local.count == name.utf8CodeUnitCount else { return false }
        return name.withUTF8Buffer { literal in
            var index = token.local.lowerBound
            for byte in literal { if bytes[index] != byte { return false }; index += 1 }
            return true
        }
    }

    static func localName(_ qualified: String) -> String {
        if let colon = qualified.lastIndex(of: ":") { return String(qualified[qualified.index(after: colon)...]) }
        return qualified
    }

    private func find(_ pattern: [UInt8], from: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var index = from
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    private func hasPrefix(_ pattern: String, at index: Int) -> Bool {
        let pattern = Array(pattern.utf8)
        return index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    mutating func next() -> Token? {
        while position < bytes.count {
            let start = position
            guard bytes[start] == UInt8(ascii: "<") else {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "<") { end += 1 }
                position = end
                return Token(kind: .text(start..<end), start: start, end: end)
            }
            if hasPrefix("<!--", at: start) { position = (find(Array("-->".utf8), from: start + 4) ?? bytes.count - 3) + 3; continue }
            if hasPrefix("<![CDATA[", at: start) { position = (find(Array("]]>".utf8), from: start + 9) ?? bytes.count - 3) + 3; continue }
            if hasPrefix("<?", at: start) { position = (find(Array("?>".utf8), from: start + 2) ?? bytes.count - 2) + 2; continue }
            // A tag: its name, then attributes whose quoted values may hold ">".
            var index = start + 1
            let closing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
            if closing { index += 1 }
            let nameStart = index
            var localStart = index
            while index < bytes.count, !Self.isNameEnd(bytes[index]) { if bytes[index] == UInt8(ascii: ":") { localStart = index + 1 }; index += 1 }
            let name = nameStart..<index, local = localStart..<index
            var quote: UInt8? = nil
            while index < bytes.count {
                let byte = bytes[index]
                if let open = quote { if byte == open { quote = nil } }
                else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { quote = byte }
                else if byte == UInt8(ascii: ">") { break }
                index += 1
            }
            position = min(bytes.count, index + 1)
            if closing { return Token(kind: .end, start: start, end: position, name: name, local: local) }
            let selfClosing = index > start && index < bytes.count && bytes[index - 1] == UInt8(ascii: "/")
            if nameStart < bytes.count, bytes[nameStart] == UInt8(ascii: "!") { continue }
            return Token(kind: .start(selfClosing: selfClosing), start: start, end: position, name: name, local: local)
        }
        return nil
    }

    static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The end of the element `token` opens (just after its end tag), for an element whose children
    /// are read as a whole (w:rPr, w:tab). Elements of the same name may nest.
    mutating func endOfElement(from token: Token) -> Int {
        guard case .start(let selfClosing) = token.kind, !selfClosing else { return token.end }
        var depth = 1
        var scanner = DocxByteScanner(bytes: bytes, position: token.end)
        let name = bytes[token.name]
        while let inner = scanner.next() {
            switch inner.kind {
            case .start(let innerSelfClosing): if !innerSelfClosing, bytes[inner.name].elementsEqual(name) { depth += 1 }
            case .end: if bytes[inner.name].elementsEqual(name) { depth -= 1; if depth == 0 { return inner.end } }
            case .text: break
            }
        }
        return bytes.count
    }

    /// An attribute of a start tag, by local name, entities decoded.
    func attribute(_ name: String, of token: Token) -> String? {
        var index = token.start + 1
        while index < token.end, !Self.isNameEnd(bytes[index]) { index += 1 }
        while index < token.end {
            while index < token.end, bytes[index] == UInt8(ascii: " ") || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
            let keyStart = index
            while index < token.end, bytes[index] != UInt8(ascii: "="), !Self.isNameEnd(bytes[index]) { index += 1 }
            let key = Self.localName(String(decoding: bytes[keyStart..<index], as: UTF8.self))
            guard index < token.end, bytes[index] == UInt8(ascii: "=") else { return nil }
            index += 1
            while index < token.end, bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index < token.end else { return nil }
            let quote = bytes[index]
            let valueStart = index + 1
            index = valueStart
            while index < token.end, bytes[index] != quote { index += 1 }
            if key == name { return String(String.UnicodeScalarView(decode(valueStart..<min(index, token.end)))) }
            index += 1
        }
        return nil
    }

    /// Text as an XML parser reports it and the loader keeps it: entities decoded, a line break
    /// ("\r\n", "\r" or "\n") one space.
    func decode(_ range: Range<Int>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        forEachScalar(range) { scalar, _ in out.append(scalar) }
        return out
    }

    /// Byte offset where the `count`-th scalar of `range` starts (the end when there are fewer).
    func offset(ofScalar count: Int, in range: Range<Int>) -> Int {
        var found = range.upperBound
        var seen = 0
        forEachScalar(range) { _, start in
            if seen == count, found == range.upperBound { found = start }
            seen += 1
        }
        return count >= seen ? range.upperBound : found
    }

    private func forEachScalar(_ range: Range<Int>, _ body: (Unicode.Scalar, Int) -> Void) {
        var index = range.lowerBound
        while index < range.upperBound {
            let start = index
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"), let semicolon = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 12 {
                let entity = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
                var scalar: Unicode.Scalar?
                switch entity {
                case "amp": scalar = "&"
                case "lt": scalar = "<"
                case "gt": scalar = ">"
                case "quot": scalar = "\""
                case "apos": scalar = "'"
                default:
                    if entity.hasPrefix("#x") || entity.hasPrefix("#X") { scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                    else if entity.hasPrefix("#") { scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init) }
                }
                if let scalar {
                    body(scalar == "\n" || scalar == "\r" ? " " : scalar, start)
                    index = semicolon + 1
                    continue
                }
            }
            if byte == 0x0D {
                index += (index + 1 < range.upperBound && bytes[index + 1] == 0x0A) ? 2 : 1
                body(" ", start); continue
            }
            if byte == 0x0A { index += 1; body(" ", start); continue }
            // One UTF-8 sequence (the part is valid UTF-8: the loader checked).
            var length = 1
            if byte >= 0xF0 { length = 4 } else if byte >= 0xE0 { length = 3 } else if byte >= 0xC0 { length = 2 }
            let end = min(range.upperBound, index + length)
            let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
            index = end
            body(scalar, start)
        }
    }
}
