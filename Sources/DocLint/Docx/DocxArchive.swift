import Foundation
import ZIPFoundation

/// Reads the parts of a .docx in memory, refusing what a hostile file could do: a ZIP bomb (caps on
/// each entry, on the total and on the compression ratio, enforced while inflating, not trusted from
/// the header), too many entries, offsets outside the file, a deflate stream that never ends, or a
/// file that is not a ZIP at all. Nothing is written to disk.
///
/// The ZIP directory is read here, bounds-checked record by record; ZIPFoundation only inflates,
/// from a provider that hands it this entry's bytes and nothing beyond. (Its `Archive` type, fuzzed,
/// trapped on offsets past the end of an in-memory file, leaked its buffer on every failed open and
/// looped for ever on a deflate stream cut off before its end.)
struct DocxArchive {
    static let maximumFileSize = 64 << 20
    static let maximumEntries = 2_000
    static let maximumEntrySize = 64 << 20
    static let maximumTotalSize = 160 << 20
    static let maximumRatio = 200

    enum Failure: Error {
        case notZip, tooLarge(String), bomb(String), missing(String), corrupt(String)
    }

    struct Entry {
        let name: String
        /// General purpose flags, DOS time and date as stored, for copying the entry into a new package.
        let flags: Int
        let time: Int
        let date: Int
        let method: Int
        let crc: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        /// Offset of the entry's data (after its local header) in the file.
        let dataStart: Int
    }

    private let bytes: [UInt8]
    private let entries: [String: Entry]
    /// Entry names in the order of the central directory (a rewritten package keeps it).
    let names: [String]
    private var inflated = 0

    init(data: Data) throws(Failure) {
        guard data.count <= Self.maximumFileSize else { throw .tooLarge("tệp lớn hơn \(Self.maximumFileSize >> 20) MB") }
        // "PK\u{3}\u{4}" (or an empty archive's "PK\u{5}\u{6}") — anything else is not a ZIP.
        guard data.count >= 22, data[data.startIndex] == 0x50, data[data.startIndex + 1] == 0x4B else { throw .notZip }
        guard Self.hasEndOfCentralDirectory(data) else { throw .notZip }
        bytes = [UInt8](data)
        (entries, names) = try Self.directory(bytes).get()
    }

    /// The record "PK\u{5}\u{6}" sits in the last 22 bytes, or before a comment of at most 65,535 bytes.
    static func hasEndOfCentralDirectory(_ data: Data) -> Bool {
        let lowest = max(data.startIndex, data.endIndex - 22 - 65_535)
        var index = data.endIndex - 22
        while index >= lowest {
            if data[index] == 0x50, data[index + 1] == 0x4B, data[index + 2] == 0x05, data[index + 3] == 0x06 { return true }
            index -= 1
        }
        return false
    }

    /// What is wrong with the ZIP structure, or nil when every record, local header and data range
    /// lies inside the file.
    static func structureProblem(_ data: Data) -> String? {
        switch directory([UInt8](data)) {
        case .success: return nil
        case .failure(.corrupt(let reason)), .failure(.bomb(let reason)), .failure(.tooLarge(let reason)), .failure(.missing(let reason)): return reason
        case .failure(.notZip): return "không phải tệp ZIP"
        }
    }

    /// The central directory, checked record by record. ZIP64 is refused (Word never writes one
    /// under the 64 MB cap), and so are encrypted entries and methods other than stored and deflate.
    static func directory(_ bytes: [UInt8]) -> Result<([String: Entry], [String]), Failure> {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func signature(_ at: Int, _ value: Int) -> Bool { at >= 0 && at + 4 <= bytes.count && u32(at) == value }
        // The last end-of-central-directory record.
        var end = bytes.count - 22
        while end >= max(0, bytes.count - 22 - 65_535), !signature(end, 0x0605_4B50) { end -= 1 }
        guard end >= 0, end + 22 <= bytes.count else { return .failure(.notZip) }
        guard end + 22 + u16(end + 20) <= bytes.count else { return .failure(.corrupt("mục lục ZIP bị cắt")) }
        let count = u16(end + 10), directorySize = u32(end + 12), directoryStart = u32(end + 16)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryStart == 0xFFFF_FFFF { return .failure(.corrupt("tệp ZIP64 không được hỗ trợ")) }
        guard count <= maximumEntries else { return .failure(.bomb("hơn \(maximumEntries) mục")) }
        guard directoryStart <= end, directorySize <= end - directoryStart else { return .failure(.corrupt("mục lục ZIP nằm ngoài tệp")) }
        var entries: [String: Entry] = [:]
        var names: [String] = []
        var position = directoryStart
        for _ in 0..<count {
            guard position + 46 <= end, signature(position, 0x0201_4B50) else { return .failure(.corrupt("mục lục ZIP hỏng")) }
            let flags = u16(position + 8), method = u16(position + 10), time = u16(position + 12), date = u16(position + 14)
            let crc = UInt32(u32(position + 16)), compressedSize = u32(position + 20), uncompressedSize = u32(position + 24)
            let nameLength = u16(position + 28), extraLength = u16(position + 30), commentLength = u16(position + 32)
            let local = u32(position + 42)
            guard position + 46 + nameLength <= end else { return .failure(.corrupt("mục lục ZIP hỏng")) }
            if compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF || local == 0xFFFF_FFFF { return .failure(.corrupt("tệp ZIP64 không được hỗ trợ")) }
            guard local + 30 <= bytes.count, signature(local, 0x0403_4B50) else { return .failure(.corrupt("mục ZIP trỏ ra ngoài tệp")) }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataStart + compressedSize <= bytes.count else { return .failure(.corrupt("dữ liệu của một mục ZIP vượt quá tệp")) }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            position += 46 + nameLength + extraLength + commentLength
            if name.hasSuffix("/") { continue }
            guard flags & 0x01 == 0 else { return .failure(.corrupt("\(name): mục được mã hoá")) }
            guard method == 0 || method == 8 else { return .failure(.corrupt("\(name): phương thức nén \(method) không được hỗ trợ")) }
            if entries[name] == nil { names.append(name) }
            entries[name] = Entry(name: name, flags: flags, time: time, date: date, method: method, crc: crc,
                                  compressedSize: compressedSize, uncompressedSize: uncompressedSize, dataStart: dataStart)
        }
        return .success((entries, names))
    }

    func has(_ path: String) -> Bool { entries[path] != nil }

    /// An entry as stored: its record and its compressed bytes, to copy it unchanged.
    func stored(_ path: String) -> (Entry, ArraySlice<UInt8>)? {
        guard let entry = entries[path] else { return nil }
        return (entry, bytes[entry.dataStart..<(entry.dataStart + entry.compressedSize)])
    }

    /// The bytes of one part, or nil when the part does not exist.
    mutating func read(_ path: String) throws(Failure) -> Data? {
        guard let entry = entries[path] else { return nil }
        // The declared sizes are checked first (cheap), then enforced while inflating (they can lie).
        if entry.uncompressedSize > Self.maximumEntrySize { throw .bomb("\(path): \(entry.uncompressedSize >> 20) MB khi giải nén") }
        let limit = min(Self.maximumEntrySize, Self.maximumTotalSize - inflated, max(1 << 20, entry.compressedSize * Self.maximumRatio))
        let start = entry.dataStart, size = entry.compressedSize
        var data = Data()
        if entry.method == 0 {
            guard size <= limit else { throw .bomb("\(path): dung lượng vượt giới hạn") }
            data = Data(bytes[start..<(start + size)])
            guard data.crc32(checksum: 0) == entry.crc else { throw .corrupt("\(path): sai mã kiểm tra CRC") }
        } else {
            let bytes = self.bytes
            let declared = entry.uncompressedSize
            var padded = false
            let crc: CRC32
            do {
                crc = try Data.decompress(size: Int64(size), bufferSize: 32 * 1024, skipCRC32: false, provider: { position, requested in
                    // Only this entry's bytes: asked for more, the stream was cut off before its end.
                    guard position >= 0, position < Int64(size) else { throw Failure.corrupt("\(path): dữ liệu nén bị cắt") }
                    // ZIPFoundation tells zlib the chunk is always `requested` bytes long, so a shorter
                    // one would be read past its end: pad the entry's last chunk with zeros (an invalid
                    // deflate block if the stream had not ended, never more data).
                    let lower = start + Int(position), available = min(requested, size - Int(position))
                    var chunk = Data(count: requested)
                    chunk.replaceSubrange(0..<available, with: bytes[lower..<(lower + available)])
                    padded = padded || available < requested
                    return chunk
                }, consumer: { chunk in
                    data.append(chunk)
                    // More than the directory declares: zeros read past a cut-off stream, or a lie.
                    if data.count > declared { throw Failure.corrupt(padded ? "\(path): dữ liệu nén bị cắt" : "\(path): giải nén dài hơn kích thước khai báo") }
                    if data.count > limit { throw Failure.bomb("\(path): tỉ lệ nén hoặc dung lượng giải nén vượt giới hạn") }
                })
            } catch let failure as Failure {
                throw failure
            } catch {
                throw .corrupt("\(path): \(error)")
            }
            guard crc == entry.crc else { throw .corrupt("\(path): sai mã kiểm tra CRC") }
        }
        inflated += data.count
        return data
    }
}
