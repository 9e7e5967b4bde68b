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
