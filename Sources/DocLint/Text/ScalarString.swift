import Foundation

/// Decoding of UTF-8 known to be valid (a String's storage, or bytes the loader validated): no
/// checks, so every value is a valid scalar.
enum ValidUTF8 {
    /// Offset of the first byte that starts an ill-formed sequence (Unicode 15, Table 3-7: no overlong
    /// forms, no surrogates, nothing above U+10FFFF, none cut short), or nil when `bytes` are UTF-8.
    /// ASCII, most of a file, goes eight bytes at a time.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            while index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { index += 8 }
            guard index < count else { return nil }
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            @inline(__always) func continuation(_ offset: Int) -> UInt8? {
                index + offset < count && bytes[index + offset] & 0xC0 == 0x80 ? bytes[index + offset] : nil
            }
            if lead < 0xC2 { return index }
            if lead < 0xE0 {
                guard continuation(1) != nil else { return index }
                index += 2
            } else if lead < 0xF0 {
                guard let second = continuation(1), continuation(2) != nil,
                      !(lead == 0xE0 && second < 0xA0), !(lead == 0xED && second >= 0xA0) else { return index }
                index += 3
            } else if lead < 0xF5 {
                guard let second = continuation(1), continuation(2) != nil, continuation(3) != nil,
                      !(lead == 0xF0 && second < 0x90), !(lead == 0xF4 && second >= 0x90) else { return index }
                index += 4
            } else {
                return index
            }
        }
        return nil
    }

    /// The scalars in `bytes`. Branch-free and without overflow checks, so that it vectorises.
    @inline(__always) static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes { count &+= byte & 0xC0 == 0x80 ? 0 : 1 }
        return count
    }

    /// The UTF-8 length of `scalars[range]`, read through the buffer (no array accessor per scalar).
    @inline(__always) static func width(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Int {
        var total = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let value = scalars[index].value
            total &+= value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
            index &+= 1
        }
        return total
    }

    /// The value of the scalar starting at `offset`; moves `offset` past it.
    @inline(__always) static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: inout Int) -> UInt32 {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { offset += 1; return lead }
        if lead < 0xE0 {
            defer { offset += 2 }
            return (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
        }
        if lead < 0xF0 {
            defer { offset += 3 }
            return (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
        }
        defer { offset += 4 }
        return (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12 | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
    }
}

extension String {
    /// A String from Unicode scalars, encoded to UTF-8 directly.
    ///
    /// `String.UnicodeScalarView.append(contentsOf:)` goes through a generic, repairing transcoder
    /// (`_slowFromCodeUnits`): it was a third of the profile on documents full of tasks and
    /// references, where every name, number and excerpt is cut from the scalar arrays.
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        let byteCount = scalars.withUnsafeBufferPointer { ValidUTF8.width($0, 0..<$0.count) }
        guard byteCount > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var offset = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case ..<0x80:
                    buffer[offset] = UInt8(value); offset += 1
                case ..<0x800:
                    buffer[offset] = UInt8(0xC0 | (value >> 6))
                    buffer[offset + 1] = UInt8(0x80 | (value & 0x3F)); offset += 2
                case ..<0x10000:
                    buffer[offset] = UInt8(0xE0 | (value >> 12))
                    buffer[offset + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[offset + 2] = UInt8(0x80 | (value & 0x3F)); offset += 3
                default:
                    buffer[offset] = UInt8(0xF0 | (value >> 18))
                    buffer[offset + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[offset + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[offset + 3] = UInt8(0x80 | (value & 0x3F)); offset += 4
                }
            }
            return offset
        }
    }

    public init(scalars: [Unicode.Scalar]) { self.init(scalars: scalars[...]) }

    /// The scalars as an array, decoded from the UTF-8 storage in one pass (`Array(unicodeScalars)`
    /// walks the view twice: to count, then to copy).
    public var scalarArray: [Unicode.Scalar] {
        let decoded = utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar] in
            var scalars = [Unicode.Scalar](copies: "\0", count: ValidUTF8.scalarCount(bytes))
            scalars.withUnsafeMutableBufferPointer { buffer in
                var offset = 0, written = 0
                while offset < bytes.count {
                    buffer[written] = unsafeBitCast(ValidUTF8.scalar(bytes, at: &offset), to: Unicode.Scalar.self)
                    written += 1
                }
            }
            return scalars
        }
        return decoded ?? Array(unicodeScalars)
    }

    /// Collapses runs of blanks into single spaces and trims.
    /// (A scalar loop: splitting walks Characters, and this runs for every citation.)
    public var collapsingSpaces: String {
        var scalars: [Unicode.Scalar] = []
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\u{00A0}" { pendingSpace = !scalars.isEmpty; continue }
            if pendingSpace { scalars.append(" "); pendingSpace = false }
            scalars.append(scalar)
        }
        return String(scalars: scalars)
    }
}

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` (tab and the Unicode space separators) without the
    /// Foundation bridge, which cost a third of the signature parse.
    public var trimmingWhitespace: String {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 ? scalar == " " || scalar == "\t" : scalar.properties.generalCategory == .spaceSeparator
        }
        let string = String(self)
        let view = string.unicodeScalars
        guard let first = view.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = view.lastIndex(where: { !isBlank($0) })!
        return String(view[first...last])
    }
}

extension StringProtocol {
    /// `hasSuffix` for a suffix of ASCII punctuation (";", "./."), on the UTF-8 bytes. The standard
    /// library's compares Characters from the end (800 to 2,500 instructions a call on Vietnamese
    /// text, asked of every recipient, căn cứ and Nơi nhận line). The same answer: a grapheme
    /// boundary always stands before ASCII punctuation, so the last bytes are the last Characters.
    @inline(__always) public func endsWith(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        return utf8.withContiguousStorageIfAvailable { bytes in
            count == 0 || bytes.count >= count && memcmp(bytes.baseAddress! + (bytes.count - count), suffix.utf8Start, count) == 0
        } ?? hasSuffix(String(decoding: UnsafeBufferPointer(start: suffix.utf8Start, count: count), as: UTF8.self))
    }
}
