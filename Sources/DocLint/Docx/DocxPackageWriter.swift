import Foundation
import ZIPFoundation

/// Writes a .docx package from one that was read: every part that is not replaced is copied as it
/// was stored — its compressed bytes, CRC and time untouched, so it stays byte-identical — in the
/// original order; replaced parts and new ones are deflated. No ZIP64, no data descriptors: the
/// reader refuses both in its input, and nothing written here comes near their limits.
enum DocxPackageWriter {
    static func write(_ archive: DocxArchive, replacing replaced: [String: Data], adding added: [(String, Data)]) throws -> Data {
        var out: [UInt8] = []
        var central: [UInt8] = []
        var count = 0
        func u16(_ value: Int, _ into: inout [UInt8]) { into.append(UInt8(value & 0xFF)); into.append(UInt8((value >> 8) & 0xFF)) }
        func u32(_ value: Int, _ into: inout [UInt8]) { u16(value & 0xFFFF, &into); u16((value >> 16) & 0xFFFF, &into) }
        func entry(name: String, flags: Int, method: Int, time: Int, date: Int, crc: UInt32, size: Int, data: some Collection<UInt8>) {
            let nameBytes = Array(name.utf8)
            // Bit 11: the name is UTF-8; bit 3 (sizes after the data) never, the sizes are known.
            let flags = (flags & 0x0800) | (nameBytes.contains { $0 >= 0x80 } ? 0x0800 : 0)
            let offset = out.count
            u32(0x0403_4B50, &out); u16(20, &out); u16(flags, &out); u16(method, &out); u16(time, &out); u16(date, &out)
            u32(Int(crc), &out); u32(data.count, &out); u32(size, &out); u16(nameBytes.count, &out); u16(0, &out)
            out += nameBytes; out += data
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(flags, &central); u16(method, &central)
            u16(time, &central); u16(date, &central); u32(Int(crc), &central); u32(data.count, &central); u32(size, &central)
            u16(nameBytes.count, &central); u16(0, &central); u16(0, &central); u16(0, &central); u16(0, &central); u32(0, &central)
            u32(offset, &central); central += nameBytes
            count += 1
        }
        func deflated(_ name: String, _ data: Data, time: Int, date: Int) throws {
            var compressed = Data()
            let crc = try Data.compress(size: Int64(data.count), bufferSize: 64 * 1024, provider: { position, size in
                data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
            }, consumer: { compressed.append($0) })
            entry(name: name, flags: 0, method: 8, time: time, date: date, crc: crc, size: data.count, data: compressed)
        }
        for name in archive.names {
            guard let (stored, bytes) = archive.stored(name) else { continue }
            if let data = replaced[name] {
                try deflated(name, data, time: stored.time, date: stored.date)
            } else {
                entry(name: name, flags: stored.flags, method: stored.method, time: stored.time, date: stored.date,
                      crc: stored.crc, size: stored.uncompressedSize, data: bytes)
            }
        }
        // 1980-01-01 00:00, as Word writes its own parts' times.
        for (name, data) in added { try deflated(name, data, time: 0, date: 0x21) }
        let centralStart = out.count
        out += central
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(count, &out); u16(count, &out)
        u32(central.count, &out); u32(centralStart, &out); u16(0, &out)
        return Data(out)
    }
}
