/// Unicode property checks without the Unicode property tables for the scalars Vietnamese text is
/// made of (ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional): the table lookup
/// `_swift_stdlib_getBinaryProperties` was the top entry of the profile. The small tables below
/// are filled once from those same properties, so the answers are identical; other scalars ask
/// the Unicode tables as before.
enum ScalarClass {
    static let alphabetic: UInt8 = 1, uppercase: UInt8 = 2, lowercase: UInt8 = 4, whitespace: UInt8 = 8

    static func bits(_ value: UInt32) -> UInt8 {
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let properties = scalar.properties
        return (properties.isAlphabetic ? alphabetic : 0) | (properties.isUppercase ? uppercase : 0)
            | (properties.isLowercase ? lowercase : 0) | (properties.isWhitespace ? whitespace : 0)
    }

    @inline(__always) static func asciiBits(_ value: UInt32) -> UInt8 {
        if value &- 0x41 < 26 { return alphabetic | uppercase }
        if value &- 0x61 < 26 { return alphabetic | lowercase }
        if value == 0x20 || value &- 0x09 < 5 { return whitespace }
        return 0
    }

    /// U+0000–U+024F.
    static let latin: [UInt8] = (0..<0x250).map { bits(UInt32($0)) }
    /// U+1E00–U+1EFF (the Vietnamese letters with two marks live here).
    static let latinAdditional: [UInt8] = (0x1E00..<0x1F00).map { bits(UInt32($0)) }

    @inline(__always) static func has(_ scalar: Unicode.Scalar, _ flag: UInt8) -> Bool? {
        let value = scalar.value
        // ASCII by arithmetic: no table, so no lazy-initialisation check per scalar (`swift_once`
        // was 4 % of a repository run). Same answers as the table (the test compares them).
        if value < 0x80 { return asciiBits(value) & flag != 0 }
        if value < 0x250 { return latin[Int(value)] & flag != 0 }
        if value >= 0x1E00 && value < 0x1F00 { return latinAdditional[Int(value - 0x1E00)] & flag != 0 }
        return nil
    }
}

extension Unicode.Scalar {
    /// `properties.isAlphabetic`, fast for the Latin blocks.
    public var isAlphabeticFast: Bool { ScalarClass.has(self, ScalarClass.alphabetic) ?? properties.isAlphabetic }
    /// `properties.isUppercase`, fast for the Latin blocks.
    public var isUppercaseFast: Bool { ScalarClass.has(self, ScalarClass.uppercase) ?? properties.isUppercase }
    /// `properties.isLowercase`, fast for the Latin blocks.
    public var isLowercaseFast: Bool { ScalarClass.has(self, ScalarClass.lowercase) ?? properties.isLowercase }
    /// `properties.isWhitespace`, fast for the Latin blocks.
    public var isWhitespaceFast: Bool { ScalarClass.has(self, ScalarClass.whitespace) ?? properties.isWhitespace }
}
