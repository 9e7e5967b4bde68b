import Foundation

/// Legacy Vietnamese encodings that turn up in old files (format-rules §7.2).
public enum LegacyEncodingGuess: String, Sendable {
    case tcvn3 = "TCVN3 (ABC, phông .VnTime)"
    case vni = "VNI (phông VNI-Times)"
    case utf16 = "UTF-16"
    case unknown8bit = "một bảng mã 8-bit cũ (Windows-1258/1252?)"

    var english: String {
        switch self {
        case .tcvn3: return "TCVN3 (ABC, .VnTime fonts)"
        case .vni: return "VNI (VNI-Times fonts)"
        case .utf16: return "UTF-16"
        case .unknown8bit: return "a legacy 8-bit code page (Windows-1258/1252?)"
        }
    }
}

/// A file that cannot be checked at all. Reported per file (exit code 2); other files go on.
public enum InputError: Error, Sendable, Equatable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case invalidUTF8(path: String, line: Int, column: Int, guess: LegacyEncodingGuess)
    case binary(path: String)
    case unsupportedFormat(path: String, ext: String)
    /// A .docx that cannot or must not be read (not a ZIP, a ZIP bomb, a DTD, corrupt XML…).
    case docx(path: String, reason: String)
    /// A PDF or a scan that cannot be read (a tool missing, encrypted, too many pages, a timeout…).
    case pdf(path: String, reason: String)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.notFound(path), .vi): return "\(path): không tìm thấy tệp hoặc thư mục"
        case let (.notFound(path), .en): return "\(path): no such file or directory"
        case let (.unreadable(path, reason), .vi): return "\(path): không đọc được tệp (\(reason))"
        case let (.unreadable(path, reason), .en): return "\(path): cannot read the file (\(reason))"
        case let (.invalidUTF8(path, line, column, guess), .vi):
            return "\(path):\(line):\(column): error: tệp không phải UTF-8 hợp lệ; có lẽ được soạn bằng bảng mã \(guess.rawValue). Hãy chuyển sang Unicode (TCVN 6909:2001) — ví dụ bằng công cụ chuyển mã của Unikey — rồi kiểm tra lại [input-encoding]"
        case let (.invalidUTF8(path, line, column, guess), .en):
            return "\(path):\(line):\(column): error: the file is not valid UTF-8; it was probably written in \(guess.english). Convert it to Unicode (TCVN 6909:2001), e.g. with Unikey's converter, and check it again [input-encoding]"
        case let (.binary(path), .vi): return "\(path): error: tệp chứa byte NUL — có vẻ là tệp nhị phân, không phải văn bản [input-encoding]"
        case let (.binary(path), .en): return "\(path): error: the file holds NUL bytes — it looks binary, not text [input-encoding]"
        case let (.docx(path, reason), .vi): return "\(path): error: không đọc được tệp .docx: \(reason) [input-docx]"
        case let (.docx(path, reason), .en): return "\(path): error: cannot read the .docx file: \(reason) [input-docx]"
        case let (.pdf(path, reason), .vi): return "\(path): error: không đọc được tệp PDF hoặc ảnh quét: \(reason) [input-pdf]"
        case let (.pdf(path, reason), .en): return "\(path): error: cannot read the PDF or scan: \(reason) [input-pdf]"
        case let (.unsupportedFormat(path, ext), .vi): return "\(path): error: chưa hỗ trợ định dạng .\(ext); hãy dùng .txt hoặc .md [input-format]"
        case let (.unsupportedFormat(path, ext), .en): return "\(path): error: the .\(ext) format is not supported yet; use .txt or .md [input-format]"
        }
    }
}

public enum TextLoader {
    /// Reads, validates and splits a file. Never traps on bad input.
    public static func load(path: String) -> Result<SourceText, InputError> {
        if let reader = formatReader(path) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.notFound(path: path)) }
            if isDirectory.boolValue { return .failure(.unreadable(path: path, reason: "là thư mục")) }
            return reader(path)
        }
        switch readBytes(path: path, limit: nil) {
        case .failure(let error): return .failure(error)
        case .success(let bytes): return decode(bytes: bytes, path: path)
        }
    }

    /// The text with only the lines in `kept` (1-based numbers) decoded, the others empty: what
    /// `load(path:)` then `SourceText.keepingLines(_:)` give, without making every line's views.
    public static func load(path: String, keepingLines kept: Set<Int>) -> Result<SourceText, InputError> {
        guard formatReader(path) == nil else { return load(path: path).map { $0.keepingLines(kept) } }
        switch readBytes(path: path, limit: nil) {
        case .failure(let error): return .failure(error)
        case .success(let bytes): return decode(bytes: bytes, path: path, keeping: kept)
        }
    }

    /// The first `maxLines` lines only (the register needs the header, not the body).
    public static func loadHead(path: String, maxLines: Int) -> Result<SourceText, InputError> {
        guard formatReader(path) == nil else { return load(path: path) }
        guard case .success(var bytes) = readBytes(path: path, limit: 64 * 1024) else { return .failure(.notFound(path: path)) }
        var newlines = 0
        if let cut = bytes.firstIndex(where: { byte in
            if byte == 0x0A { newlines += 1 }
            return newlines >= maxLines
        }) { bytes.removeSubrange((cut + 1)...) }
        // A cut inside a multi-byte character at the 64 kB boundary: drop the partial character.
        while let last = bytes.last, last & 0xC0 == 0x80 || last >= 0xC0 { bytes.removeLast(); if last >= 0xC0 { break } }
        return decode(bytes: bytes, path: path)
    }

    /// The loader of a file that is not text (.docx, PDF, a scanned image), by its extension.
    static func formatReader(_ path: String) -> ((String) -> Result<SourceText, InputError>)? {
        switch fileExtension(path) {
        case "docx": return DocxLoader.load(path:)
        case "pdf": return PDFLoader.load(path:)
        case let ext? where ScanReader.imageExtensions.contains(ext): return ScanReader.loadImage(path:)
        default: return nil
        }
    }

    public static func isDocx(_ path: String) -> Bool { fileExtension(path) == "docx" }

    /// The lower-case extension of a path's last component, as `pathExtension` reads it (one
    /// trailing "/" ignored; a leading dot is a hidden name, not an extension), by bytes: every
    /// file of a run is asked, and Foundation's bridge was a sixth of reading a file's head for the
    /// register. Nil past four letters: no format doclint reads has more.
    public static func fileExtension(_ path: String) -> String? {
        var bytes = path.utf8[...]
        if bytes.last == UInt8(ascii: "/") { bytes = bytes.dropLast() }
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        let name = bytes[(bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex)...]
        guard dot > name.startIndex else { return nil }
        let ext = bytes[bytes.index(after: dot)...]
        guard !ext.isEmpty, ext.count <= 4 else { return nil }
        return String(decoding: ext.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// A file's bytes (at most `limit`) by open/fstat/read: Foundation's `Data(contentsOf:)` with
    /// a URL and a separate existence check cost more than the reading on small files.
    static func readBytes(path: String, limit: Int?) -> Result<[UInt8], InputError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            return .failure(code == ENOENT || code == ENOTDIR ? .notFound(path: path) : .unreadable(path: path, reason: String(cString: strerror(code))))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(path: path, reason: String(cString: strerror(errno)))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(.unreadable(path: path, reason: "là thư mục")) }
        // The size is a hint (a FIFO or a /proc file says 0, a file may grow): one read of the
        // known size, then on in chunks until the end.
        let room = { (count: Int) in limit.map { max(0, $0 - count) } ?? Int.max }
        var failure: Int32 = 0
        var ended = false
        var bytes = [UInt8](unsafeUninitializedCapacity: min(Int(status.st_size) + 1, room(0))) { buffer, count in
            count = 0
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0 { if errno == EINTR { continue }; failure = errno; return }
                if got == 0 { ended = true; return }
                count += got
            }
        }
        var chunk = [UInt8]()
        while failure == 0, !ended, room(bytes.count) > 0 {
            let want = min(64 * 1024, room(bytes.count))
            if chunk.count != want { chunk = [UInt8](repeating: 0, count: want) }
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, want) }
            if got < 0 { if errno != EINTR { failure = errno }; continue }
            if got == 0 { ended = true } else { bytes.append(contentsOf: chunk[0..<got]) }
        }
        if failure != 0 { return .failure(.unreadable(path: path, reason: String(cString: strerror(failure)))) }
        return .success(bytes)
    }

    public static func decode(bytes input: [UInt8], path: String, keeping: Set<Int>? = nil) -> Result<SourceText, InputError> {
        var bytes = input
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .failure(.invalidUTF8(path: path, line: 1, column: 1, guess: .utf16))
        }
        var hadBOM = false
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes.removeFirst(3); hadBOM = true
        }
        let hasNUL = bytes.withUnsafeBytes { buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }
        if hasNUL { return .failure(.binary(path: path)) }
        if let lines = SourceText.splitLines(validating: bytes, keeping: keeping) {
            return .success(SourceText(path: path, lines: lines, hadByteOrderMark: hadBOM))
        }
        // A line break never falls inside a UTF-8 sequence, so the whole is invalid exactly when a line is.
        let (line, column) = position(of: bytes.withUnsafeBufferPointer(ValidUTF8.firstInvalidOffset) ?? 0, in: bytes)
        return .failure(.invalidUTF8(path: path, line: line, column: column, guess: guessLegacyEncoding(bytes)))
    }

    static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
        // Column in scalars of the valid prefix of the line.
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return (line, prefix.unicodeScalars.count + 1)
    }

    /// VNI puts tone bytes after an ASCII vowel ("Vieät", "ñöôïc"); TCVN3 uses single bytes in
    /// 0xA1–0xFE for whole letters ("QuyÕt ®Þnh").
    static func guessLegacyEncoding(_ bytes: [UInt8]) -> LegacyEncodingGuess {
        let vowels: Set<UInt8> = Set("aeiouyAEIOUY".utf8)
        let vniToneBytes: Set<UInt8> = [0xE4, 0xE0, 0xE1, 0xE3, 0xE5, 0xF9, 0xF8, 0xFB, 0xF5, 0xEF, 0xD9, 0xD8, 0xDB, 0xD5, 0xCF, 0xE2, 0xEA, 0xF4, 0xC2, 0xCA, 0xD4]
        var vni = 0, tcvn = 0
        for index in bytes.indices where bytes[index] >= 0x80 {
            let byte = bytes[index]
            if index > 0, vowels.contains(bytes[index - 1]), vniToneBytes.contains(byte) { vni += 1 }
            else if byte == 0xF1 || byte == 0xD1 || byte == 0xF6 || byte == 0xD6 { vni += 1 }
            if (0xA1...0xFE).contains(byte) { tcvn += 1 }
        }
        if vni == 0 && tcvn == 0 { return .unknown8bit }
        return vni * 2 >= tcvn ? .vni : .tcvn3
    }
}
