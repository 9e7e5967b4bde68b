import Foundation

/// How an LSP client counts characters within a line (LSP 3.17 `positionEncoding`).
public enum PositionEncoding: String, Sendable {
    case utf8 = "utf-8", utf16 = "utf-16", utf32 = "utf-32"

    /// The encoding to use given what the client offers: UTF-32 counts exactly what doclint's
    /// columns count (scalars), UTF-8 next; UTF-16 is every client's default.
    public static func negotiate(_ offered: [String]) -> PositionEncoding {
        if offered.contains(PositionEncoding.utf32.rawValue) { return .utf32 }
        if offered.contains(PositionEncoding.utf8.rawValue) { return .utf8 }
        return .utf16
    }

    func units(_ scalar: Unicode.Scalar) -> Int {
        switch self {
        case .utf8: UTF8.width(scalar)
        case .utf16: UTF16.width(scalar)
        case .utf32: 1
        }
    }
}

/// An open document's text as the client holds it, split into lines the way LSP splits them
/// (`\n`, `\r\n` or `\r`), with conversions between LSP positions and doclint's columns.
public struct LSPText: Sendable {
    public private(set) var text: String
    /// Each line's scalars, without its terminator, and where it starts in `text.unicodeScalars`.
    private(set) var lines: [[Unicode.Scalar]] = [[]]
    private var lineStarts: [Int] = [0]

    public init(_ text: String) {
        self.text = text
        var previousWasCR = false
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "\n" && previousWasCR {
                lineStarts[lineStarts.count - 1] = offset + 1  // the "\n" of "\r\n"
            } else if scalar == "\n" || scalar == "\r" {
                lines.append([])
                lineStarts.append(offset + 1)
            } else {
                lines[lines.count - 1].append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
    }

    /// The LSP position of doclint's 1-based line and 1-based scalar column (which may stand one
    /// past the line's end: an insertion point or a range's end).
    public func position(line: Int, column: Int, _ encoding: PositionEncoding) -> (line: Int, character: Int) {
        let index = max(0, line - 1)
        guard index < lines.count else { return (index, 0) }
        let scalars = lines[index]
        let count = min(max(0, column - 1), scalars.count)
        var character = 0
        for scalar in scalars[0..<count] { character += encoding.units(scalar) }
        return (index, character)
    }

    /// doclint's 1-based scalar column of an LSP position; a character inside a scalar (half of a
    /// surrogate pair, a byte inside a UTF-8 sequence) counts as that scalar's start.
    public func column(line: Int, character: Int, _ encoding: PositionEncoding) -> Int {
        guard line >= 0, line < lines.count else { return 1 }
        var units = 0, column = 0
        for scalar in lines[line] {
            let next = units + encoding.units(scalar)
            if next > character { break }
            units = next
            column += 1
        }
        return column + 1
    }

    /// The offset in `text.unicodeScalars` of an LSP position (clamped to the line and the text).
    func scalarOffset(line: Int, character: Int, _ encoding: PositionEncoding) -> Int {
        guard line >= 0 else { return 0 }
        guard line < lines.count else { return text.unicodeScalars.count }
        return lineStarts[line] + column(line: line, character: character, encoding) - 1
    }

    /// Applies one `textDocument/didChange` content change: the whole text when `range` is nil.
    public mutating func apply(range: (start: (line: Int, character: Int), end: (line: Int, character: Int))?, text replacement: String,
                               _ encoding: PositionEncoding) {
        guard let range else { self = LSPText(replacement); return }
        let start = scalarOffset(line: range.start.line, character: range.start.character, encoding)
        let end = max(start, scalarOffset(line: range.end.line, character: range.end.character, encoding))
        var scalars = Array(text.unicodeScalars)
        scalars.replaceSubrange(min(start, scalars.count)..<min(end, scalars.count), with: Array(replacement.unicodeScalars))
        var updated = String.UnicodeScalarView()
        updated.append(contentsOf: scalars)
        self = LSPText(String(updated))
    }
}

/// LSP's base protocol over a byte stream: `Content-Length: N\r\n\r\n` and N bytes of JSON.
public final class LSPReader {
    private let read: (Int) -> [UInt8]
    private var buffer: [UInt8] = []
    private var position = 0

    /// `read` returns up to the asked number of bytes, and nothing at the end of input.
    public init(read: @escaping (Int) -> [UInt8]) { self.read = read }

    private func nextByte() -> UInt8? {
        if position == buffer.count {
            buffer = read(65_536)
            position = 0
            if buffer.isEmpty { return nil }
        }
        defer { position += 1 }
        return buffer[position]
    }

    /// The next message's body, or nil at the end of input. A malformed header is an error.
    public func next() throws -> [UInt8]? {
        var contentLength: Int?
        while true {
            var line: [UInt8] = []
            while true {
                guard let byte = nextByte() else { return nil }
                if byte == 0x0A { break }
                if byte != 0x0D { line.append(byte) }
                if line.count > 4_096 { throw LSPError.badHeader }
            }
            if line.isEmpty { break }
            let header = String(decoding: line, as: UTF8.self)
            if header.lowercased().hasPrefix("content-length:") {
                guard let value = Int(header.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)), value >= 0,
                      value <= 64 * 1_048_576 else { throw LSPError.badHeader }
                contentLength = value
            }
        }
        guard let length = contentLength else { throw LSPError.badHeader }
        var body: [UInt8] = []
        body.reserveCapacity(length)
        while body.count < length {
            if position == buffer.count {
                buffer = read(max(65_536, length - body.count))
                position = 0
                if buffer.isEmpty { return nil }
            }
            let take = min(length - body.count, buffer.count - position)
            body.append(contentsOf: buffer[position..<(position + take)])
            position += take
        }
        return body
    }

    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

public enum LSPError: Error { case badHeader }
