extension String {
    /// A String from Unicode scalars, encoded to UTF-8 directly.
    ///
    /// `String.UnicodeScalarView.append(contentsOf:)` goes through a generic, repairing transcoder
    /// (`_slowFromCodeUnits`): it was a third of the profile on documents full of tasks and
    /// references, where every name, number and excerpt is cut from the scalar arrays.
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
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
