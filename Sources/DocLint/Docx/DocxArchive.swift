import Foundation
import ZIPFoundation

/// Reads the parts of a .docx in memory, refusing what a hostile file could do: a ZIP bomb (caps on
/// each entry, on the total and on the compression ratio, enforced while inflating, not trusted from
/// the header), too many entries, or a file that is not a ZIP at all. Nothing is written to disk.
struct DocxArchive {
    static let maximumFileSize = 64 << 20
    static let maximumEntries = 2_000
    static let maximumEntrySize = 64 << 20
    static let maximumTotalSize = 160 << 20
    static let maximumRatio: UInt64 = 200

    enum Failure: Error {
        case notZip, tooLarge(String), bomb(String), missing(String), corrupt(String)
    }

    private let archive: Archive
    private var inflated = 0

    init(data: Data) throws(Failure) {
        guard data.count <= Self.maximumFileSize else { throw .tooLarge("tệp lớn hơn \(Self.maximumFileSize >> 20) MB") }
        // "PK\u{3}\u{4}" (or an empty archive's "PK\u{5}\u{6}") — anything else is not a ZIP.
        guard data.count >= 22, data[data.startIndex] == 0x50, data[data.startIndex + 1] == 0x4B else { throw .notZip }
        // Without an end-of-central-directory record it cannot be opened; say so before ZIPFoundation
        // tries, because a failed in-memory open leaks its buffer (found by the fuzzer, FuzzDocx).
        guard Self.hasEndOfCentralDirectory(data) else { throw .notZip }
        // ZIPFoundation trusts the offsets in the directory and traps when one points past the
        // end of an in-memory archive (found by FuzzDocx): check every offset it will follow.
        if let problem = Self.structureProblem(data) { throw .corrupt(problem) }
        let opened: Archive
        do { opened = try Archive(data: data, accessMode: .read) } catch { throw .notZip }
        archive = opened
        var count = 0
        for _ in archive { count += 1; if count > Self.maximumEntries { throw .bomb("hơn \(Self.maximumEntries) mục") } }
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

    /// Walks the central directory the way ZIPFoundation's iterator will and returns what is out of
    /// bounds, or nil when every record, local header and data range lies inside
    /// the file. ZIP64 archives are refused (Word never writes one under the 64 MB cap).
    static func structureProblem(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func signature(_ at: Int, _ value: Int) -> Bool { at >= 0 && at + 4 <= bytes.count && u32(at) == value }
        // The last end-of-central-directory record (ZIPFoundation searches from the end too).
        var end = bytes.count - 22
        while end >= max(0, bytes.count - 22 - 65_535), !signature(end, 0x0605_4B50) { end -= 1 }
        guard end >= 0, end + 22 <= bytes.count else { return "không thấy mục lục ZIP" }
        let entries = u16(end + 10), directorySize = u32(end + 12), directoryStart = u32(end + 16)
        if entries == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryStart == 0xFFFF_FFFF { return "tệp ZIP64 không được hỗ trợ" }
        guard entries <= maximumEntries else { return "hơn \(maximumEntries) mục" }
        guard directoryStart <= end, directorySize <= end - directoryStart else { return "mục lục ZIP nằm ngoài tệp" }
        var position = directoryStart
        for _ in 0..<entries {
            guard position + 46 <= end, signature(position, 0x0201_4B50) else { return "mục lục ZIP hỏng" }
            let compressedSize = u32(position + 20)
            let nameLength = u16(position + 28), extraLength = u16(position + 30), commentLength = u16(position + 32)
            let local = u32(position + 42)
            if compressedSize == 0xFFFF_FFFF || local == 0xFFFF_FFFF { return "tệp ZIP64 không được hỗ trợ" }
            guard local + 30 <= bytes.count, signature(local, 0x0403_4B50) else { return "mục ZIP trỏ ra ngoài tệp" }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            // A data descriptor may follow; ZIPFoundation reads it safely once its start is inside.
            guard dataStart + compressedSize <= bytes.count else { return "dữ liệu của một mục ZIP vượt quá tệp" }
            position += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }

    func has(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of one part, or nil when the part does not exist.
    mutating func read(_ path: String) throws(Failure) -> Data? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        // The declared sizes are checked first (cheap), then enforced while inflating (they can lie).
        if entry.uncompressedSize > UInt64(Self.maximumEntrySize) { throw .bomb("\(path): \(entry.uncompressedSize >> 20) MB khi giải nén") }
        let limit = min(Self.maximumEntrySize, Self.maximumTotalSize - inflated,
                        Int(min(UInt64(Int.max / 2), max(UInt64(1 << 20), entry.compressedSize * Self.maximumRatio))))
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > limit { throw Failure.bomb("\(path): tỉ lệ nén hoặc dung lượng giải nén vượt giới hạn") }
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .corrupt("\(path): \(error)")
        }
        inflated += data.count
        return data
    }
}
