import Foundation

/// How a physical line ended in the original bytes; kept so that fixes can write the file back
/// with the same line endings.
public enum LineTerminator: String, Sendable, Codable {
    case lf = "\n", crlf = "\r\n", cr = "\r", none = ""
}

/// One physical line of the original text, with an NFC view for matching and a folded
/// (diacritic-free, lower-case ASCII) key whose bytes are 1:1 with the NFC scalars.
public final class SourceLine: Sendable {
    /// 1-based line number in the original file.
    public let number: Int
    /// The line's bytes: a slice of the whole file's, which every line shares (no copy per line).
    let originalBytes: ArraySlice<UInt8>
    /// The line exactly as it was, without its terminator. Made when asked: the parser and the rules
    /// read `scalars` and `folded`, and a String per line (validated, allocated, freed) was 3 % of a run.
    public var original: String { originalBytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }
    /// The line's text when it is not `original`: NFC of decomposed input, a restored or table view.
    private let changedText: String?
    /// The line in NFC. Equal to `original` unless the line held decomposed sequences.
    public var text: String { changedText ?? original }
    /// `text` as scalars; columns inside the library are indices into this array.
    public let scalars: [Unicode.Scalar]
    /// One byte per NFC scalar: lower-case ASCII with marks dropped (see `VietnameseFold`).
    public let folded: [UInt8]
    /// The line's words as NFC scalar ranges: runs of letters (a–z in `folded`, so a word keeps its
    /// marks in `scalars`); digits and punctuation end a word ("hóa," → "hóa"). Found once here:
    /// the word-by-word rules (spelling, capitals, tone marks, repeats) each split every line.
    public let letterWords: [Range<Int>]
    /// NFC scalar index → original scalar index; nil when the line needed no normalisation.
    let originalColumns: [Int32]?
    public let originalScalarCount: Int
    public let terminator: LineTerminator
    /// True when the original line held combining marks (NFD or mixed input).
    public var hadDecomposedText: Bool { originalColumns != nil && !isRestoredView }
    /// The line is a restored view of OCR text (`OCRRestorer`), whose column map may come from
    /// words restored to another length rather than from NFC.
    public let isRestoredView: Bool

    /// Whitespace only (or empty).
    public let isBlank: Bool
    /// The line holds a "<", so it may be a doclint comment (`Suppressions`); noted while decoding,
    /// so that nobody scans every line for it again.
    let mayHoldComment: Bool

    /// Lines longer than this are not prose a person wrote (a pasted dump, a file glued into one
    /// line): rules that read word by word skip them, so time stays bounded, and `oversized-line`
    /// says so.
    public static let oversizedLength = 20_000
    public var isOversized: Bool { scalars.count > SourceLine.oversizedLength }

    /// An empty line that keeps its number and terminator (no decoding, no allocation): what
    /// reports keep of the lines they do not quote, and what the parser sees of an oversized line.
    static func emptied(_ line: SourceLine) -> SourceLine { SourceLine(emptyNumber: line.number, terminator: line.terminator) }

    fileprivate init(emptyNumber number: Int, terminator: LineTerminator) {
        self.number = number
        self.terminator = terminator
        originalBytes = []; changedText = nil; scalars = []; folded = []; letterWords = []; originalColumns = nil; originalScalarCount = 0; isRestoredView = false
        indentation = 0; trimmedEnd = 0; isBlank = true; mayHoldComment = false
    }

    /// A line from its bytes, which must be valid UTF-8 (`original` decoded): the scalars and the
    /// folded key are made in one pass over the bytes (the String's scalar view was counted, copied,
    /// then folded: three walks).
    init(number: Int, bytes: UnsafeBufferPointer<UInt8>, original: ArraySlice<UInt8>, terminator: LineTerminator) {
        isRestoredView = false
        self.number = number
        self.originalBytes = original
        self.terminator = terminator
        let scalarCount = ValidUTF8.scalarCount(bytes)
        var sawCombiningMark = false
        var sawAngleBracket = false
        var decodedFold = [UInt8](copies: 0, count: scalarCount)
        var decoded = [Unicode.Scalar](copies: "\0", count: scalarCount)
        decoded.withUnsafeMutableBufferPointer { buffer in
            decodedFold.withUnsafeMutableBufferPointer { fold in
                VietnameseFold.table.withUnsafeBufferPointer { table in
                    var offset = 0, count = 0
                    while offset < bytes.count {
                        let value = ValidUTF8.scalar(bytes, at: &offset)
                        // Valid UTF-8 (the loader checked it) decodes to valid scalars.
                        buffer[count] = unsafeBitCast(value, to: Unicode.Scalar.self)
                        fold[count] = VietnameseFold.foldByte(value, table)
                        if value >= 0x0300 && value <= 0x036F { sawCombiningMark = true }
                        if value == 0x3C { sawAngleBracket = true }
                        count += 1
                    }
                }
            }
        }
        originalScalarCount = decoded.count
        if sawCombiningMark, let normalised = UnicodeNormaliser.nfcWithColumnMap(decoded) {
            scalars = normalised.scalars
            originalColumns = normalised.map
            changedText = String(scalars: normalised.scalars)
            folded = VietnameseFold.fold(normalised.scalars)
        } else {
            scalars = decoded
            originalColumns = nil
            changedText = nil
            folded = decodedFold
        }
        letterWords = SourceLine.letterRuns(folded)
        // Both ends once here: the parser and the rules ask for them many times per line.
        let (start, end) = SourceLine.textBounds(scalars)
        indentation = start
        trimmedEnd = end
        // A doclint suppression comment on its own line reads as blank to the parser.
        mayHoldComment = sawAngleBracket
        isBlank = start == scalars.count || (sawAngleBracket && Suppressions.isComment(changedText ?? String(decoding: bytes, as: UTF8.self)))
    }

    /// The same line with restored words (`OCRRestorer`). `map[i]` is the NFC column of the line that
    /// restored scalar `i` stands for (a word restored to another length maps onto the word it
    /// replaced), so columns still lead back to the original through the NFC view's own map.
    /// (`isRestoredView` false: the same text in another form, a table row's borders as tabs.)
    init(restoring line: SourceLine, scalars restored: [Unicode.Scalar], map: [Int32]?, isRestoredView: Bool = true) {
        precondition(map.map { $0.count == restored.count } ?? (restored.count == line.scalars.count), "a restored line maps every column")
        number = line.number
        originalBytes = line.originalBytes
        terminator = line.terminator
        scalars = restored
        changedText = String(scalars: restored)
        folded = VietnameseFold.fold(restored)
        letterWords = SourceLine.letterRuns(folded)
        if let map {
            originalColumns = map.map { column in line.originalColumns.map { $0[Int(column)] } ?? column }
        } else {
            originalColumns = line.originalColumns
        }
        self.isRestoredView = isRestoredView
        originalScalarCount = line.originalScalarCount
        (indentation, trimmedEnd) = SourceLine.textBounds(restored)
        isBlank = line.isBlank
        mayHoldComment = line.mayHoldComment
    }

    /// The runs of a–z in a folded key.
    static func letterRuns(_ folded: [UInt8]) -> [Range<Int>] {
        folded.withUnsafeBufferPointer { bytes in
            var runs: [Range<Int>] = []
            var index = 0
            let count = bytes.count
            while index < count {
                guard bytes[index] &- 0x61 < 26 else { index += 1; continue }
                let start = index
                index += 1
                while index < count, bytes[index] &- 0x61 < 26 { index += 1 }
                if runs.isEmpty { runs.reserveCapacity(count / 5 + 1) }
                runs.append(start..<index)
            }
            return runs
        }
    }

    /// The first and past-the-last columns that are neither whitespace nor invisible.
    private static func textBounds(_ scalars: [Unicode.Scalar]) -> (Int, Int) {
        var start = 0
        while start < scalars.count, scalars[start].isWhitespaceFast || VietnameseFold.isInvisible(scalars[start]) { start += 1 }
        var end = scalars.count
        while end > 0, scalars[end - 1].isWhitespaceFast || VietnameseFold.isInvisible(scalars[end - 1]) { end -= 1 }
        return (start, end)
    }

    /// Maps a column in the NFC view (0-based scalar index, may equal `scalars.count`) to a
    /// 1-based column counted in Unicode scalars of the original line.
    public func originalColumn(_ nfcIndex: Int) -> Int {
        guard let map = originalColumns else { return nfcIndex + 1 }
        if nfcIndex >= map.count { return originalScalarCount + 1 }
        return Int(map[max(0, nfcIndex)]) + 1
    }

    /// The NFC substring for scalar range `range`.
    public func slice(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        if lower == 0 && upper == scalars.count { return text }
        // Byte offsets of the scalars: the same in the text and in its UTF-8.
        var (start, end) = (lower, upper)
        if changedText != nil || originalBytes.count != scalars.count {
            scalars.withUnsafeBufferPointer { scalars in
                start = ValidUTF8.width(scalars, 0..<lower)
                end = start + ValidUTF8.width(scalars, lower..<upper)
            }
        }
        // Cut from the text made for the view, or straight from the file's bytes: no String of the
        // whole line for a title, a name or an excerpt.
        if let changedText {
            let utf8 = changedText.utf8
            return String(changedText[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
        }
        return originalBytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// Index of the first non-whitespace scalar, or `scalars.count`.
    public let indentation: Int

    /// Columns from `start` to the trimmed end, empty rather than inverted when `start` lies past it
    /// ("- " has its text start after its trimmed end; such lines crashed the parser, found by fuzzing).
    public func columns(from start: Int) -> Range<Int> { min(start, trimmedEnd)..<trimmedEnd }

    /// The NFC text without leading and trailing whitespace.
    public var trimmed: String { slice(indentation..<max(indentation, trimmedEnd)) }

    /// Whether the text, without trailing whitespace, ends with `scalar` (a sentence end, a colon):
    /// asked for every line of the body, so it does not build the trimmed String.
    public func ends(with scalar: Unicode.Scalar) -> Bool {
        let end = trimmedEnd
        return end > 0 && scalars[end - 1] == scalar
    }

    /// The end of the text without trailing whitespace (exclusive NFC index).
    public let trimmedEnd: Int
}

/// A decoded document: its lines and where it came from.
public struct SourceText: Sendable {
    public let path: String
    public let lines: [SourceLine]
    public let hadByteOrderMark: Bool
    /// Page and type information when the text came from a .docx (one paragraph per line).
    public var layout: DocxLayout?
    /// The page of each line (1-based) when the text came from a PDF or a scan.
    public var pages: [Int]?
    /// The text was read from a scan Tesseract was unsure of: it is judged as OCR text whatever it
    /// looks like.
    public var isOCRText = false

    public init(path: String, lines: [SourceLine], hadByteOrderMark: Bool = false) {
        self.path = path
        self.lines = lines
        self.hadByteOrderMark = hadByteOrderMark
    }

    /// The same text with every line not in `kept` (1-based numbers) emptied: reports need only the
    /// lines they quote, and a run over thousands of files must not keep all of them.
    public func keepingLines(_ kept: Set<Int>) -> SourceText {
        var copy = withLines(lines.map { kept.contains($0.number) ? $0 : SourceLine.emptied($0) })
        copy.layout = nil
        return copy
    }

    /// The same text with other views of its lines (as many, with their numbers).
    func withLines(_ lines: [SourceLine]) -> SourceText {
        var copy = SourceText(path: path, lines: lines, hadByteOrderMark: hadByteOrderMark)
        copy.layout = layout
        copy.pages = pages
        copy.isOCRText = isOCRText
        return copy
    }

    /// Decodes already validated text (tests, stdin, examples).
    public init(path: String, text: String) {
        self.init(path: path, lines: SourceText.splitLines(validUTF8: Array(text.utf8)), hadByteOrderMark: false)
    }

    /// Splits UTF-8 bytes into lines on LF, CRLF and lone CR, without building a whole String.
    /// The bytes must be valid UTF-8 (the loader validates them first): lines decode them unchecked.
    static func splitLines(validUTF8 bytes: [UInt8]) -> [SourceLine] {
        splitLines(bytes, keeping: nil)
    }

    /// The same for bytes not yet validated: nil when a line is not valid UTF-8. Each line is
    /// validated as its String is made, so the file is not validated once more as a whole.
    /// `keeping`: the lines (1-based numbers) to decode; the others stay empty, as in
    /// `keepingLines(_:)` (a report that quotes a few lines of a file read again).
    static func splitLines(validating bytes: [UInt8], keeping: Set<Int>? = nil) -> [SourceLine]? {
        guard bytes.withUnsafeBufferPointer(ValidUTF8.firstInvalidOffset) == nil else { return nil }
        return splitLines(bytes, keeping: keeping)
    }

    private static func splitLines(_ array: [UInt8], keeping: Set<Int>?) -> [SourceLine] {
        array.withUnsafeBufferPointer { bytes in
            var lines: [SourceLine] = []
            var start = 0
            var index = 0
            let count = bytes.count
            func emit(_ end: Int, _ terminator: LineTerminator) {
                if let keeping, !keeping.contains(lines.count + 1) {
                    lines.append(SourceLine(emptyNumber: lines.count + 1, terminator: terminator))
                } else {
                    lines.append(SourceLine(number: lines.count + 1, bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]),
                                            original: array[start..<end], terminator: terminator))
                }
            }
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A {
                    emit(index, .lf); index += 1; start = index
                } else if byte == 0x0D {
                    if index + 1 < count, bytes[index + 1] == 0x0A {
                        emit(index, .crlf); index += 2
                    } else {
                        emit(index, .cr); index += 1
                    }
                    start = index
                } else {
                    index += 1
                }
            }
            if start < count { emit(count, .none) }
            return lines
        }
    }
}
