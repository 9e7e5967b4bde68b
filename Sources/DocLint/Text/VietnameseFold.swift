/// A diacritic-insensitive, case-insensitive key for Vietnamese text: "Kế hoạch", "KẾ HOẠCH",
/// "Ké hoach" and the NFD form all fold to `ke hoach`; `Đảng` folds to `dang`.
///
/// The key has exactly one byte per scalar of its input so that a match in the key is a match at
/// the same scalar columns of the NFC line. A flat table lookup (swift-notes §3: ~150 MB/s)
/// instead of `folding(options:)`, which keeps `đ` and is superlinear on whole strings.
public enum VietnameseFold {
    /// Byte for a combining mark left over after NFC; matchers skip it.
    public static let ignorable: UInt8 = 0x01
    /// Byte for any scalar the table does not know.
    public static let unknown: UInt8 = 0x3F  // "?"

    static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x2300)
        for code in 0..<128 {
            table[code] = (65...90).contains(code) ? UInt8(code + 32) : UInt8(code)
        }
        let groups: [(String, UInt8)] = [
            ("àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬäÄåÅ", 0x61),
            ("èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆëË", 0x65),
            ("ìíỉĩịÌÍỈĨỊïÏîÎ", 0x69),
            ("òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢöÖ", 0x6F),
            ("ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰüÜûÛ", 0x75),
            ("ỳýỷỹỵỲÝỶỸỴÿ", 0x79),
            ("đĐ", 0x64),
            // OCR substitutes seen in scanned documents: "S¢" for "Sở", "¥" for "Y".
            ("¢", 0x6F), ("¥", 0x79), ("ç", 0x63), ("ñ", 0x6E),
            // Dashes and quotes fold to their ASCII forms so structure matches either way.
            ("\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2015}\u{2212}", 0x2D),
            ("\u{201C}\u{201D}\u{201E}\u{00AB}\u{00BB}", 0x22),
            ("\u{2018}\u{2019}\u{201A}", 0x27),
            ("\u{00A0}\u{2002}\u{2003}\u{2009}\u{202F}", 0x20),
            ("\u{2026}", 0x2E),
        ]
        for (characters, byte) in groups {
            for scalar in characters.unicodeScalars { table[Int(scalar.value)] = byte }
        }
        for mark in 0x0300...0x036F { table[mark] = ignorable }
        for invisible in [0x200B, 0x200C, 0x200D, 0x2060] { table[invisible] = ignorable }
        return table
    }()

    public static func fold(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        // Written into uninitialised storage: an array's subscript checked uniqueness per byte.
        table.withUnsafeBufferPointer { table in
            [UInt8](unsafeUninitializedCapacity: scalars.count) { result, count in
                for (index, scalar) in scalars.enumerated() { result[index] = foldByte(scalar.value, table) }
                count = scalars.count
            }
        }
    }

    /// The key byte of one scalar, given `table`'s storage.
    @inline(__always) static func foldByte(_ value: UInt32, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard Int(value) < table.count else { return value == 0xFEFF ? ignorable : unknown }
        let byte = table[Int(value)]
        return byte == 0 ? unknown : byte
    }

    public static func fold(_ text: String) -> String {
        var key = fold(text.scalarArray)
        key.removeAll { $0 == ignorable }
        return String(decoding: key, as: UTF8.self)
    }

    @inline(__always) static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFEFF || (0x200B...0x200D).contains(scalar.value) || scalar.value == 0x2060
    }

    /// Letters and digits of the folded key (what a word is made of).
    @inline(__always) public static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
}
