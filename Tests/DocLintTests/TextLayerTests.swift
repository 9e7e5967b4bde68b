import XCTest
@testable import DocLint

final class TextLayerTests: XCTestCase {
    func testDecomposedLineIsMatchedAsNFCButColumnsPointIntoTheOriginal() {
        // "Kế hoạch" with "ế" and "ạ" decomposed: e + U+0302 + U+0301, a + U+0323.
        let nfd = "Căn cứ Ke\u{0302}\u{0301} hoa\u{0323}ch số 12/KH-UBND"
        let source = SourceText(path: "t.txt", text: nfd)
        let line = source.lines[0]
        XCTAssertTrue(line.hadDecomposedText)
        XCTAssertEqual(line.text, "Căn cứ Kế hoạch số 12/KH-UBND")
        // "12" is at NFC column 19 (0-based); in the original three marks stand before it.
        let nfcIndex = Array(line.text.unicodeScalars).firstIndex(of: "1")!
        XCTAssertEqual(nfcIndex, 19)
        XCTAssertEqual(line.originalColumn(nfcIndex), 23)
        XCTAssertEqual(Array(nfd.unicodeScalars)[22], "1")
    }

    /// The segments the unicode-nfc fix rewrites, read from the NFC view's map, are those a direct
    /// reading of the original finds: each base letter with its marks, NFC of the segment as the
    /// replacement; a mark opening the line stands alone; a mark no letter takes stays decomposed.
    func testDecomposedSegmentsAreTheOriginalsCombiningSequences() {
        func direct(_ text: String) -> [(Range<Int>, String)] {
            let scalars = Array(text.unicodeScalars)
            var segments: [(Range<Int>, String)] = []
            var index = 0
            while index < scalars.count {
                var end = index + 1
                while end < scalars.count, UnicodeNormaliser.isCombiningMark(scalars[end]) { end += 1 }
                if end - index > 1 || UnicodeNormaliser.isCombiningMark(scalars[index]) {
                    segments.append((index..<end, String(String.UnicodeScalarView(scalars[index..<end])).precomposedStringWithCanonicalMapping))
                }
                index = end
            }
            return segments
        }
        for text in ["Căn cứ Ke\u{0302}\u{0301} hoa\u{0323}ch số 12/KH-UBND",
                     "\u{0301}a Đa\u{0300}ng bô\u{0323} – y\u{0301}",
                     "m\u{0300} Vie\u{0323}\u{0302}t q\u{0323} ho\u{031B}\u{0300}a\u{0306}\u{0309}"] {
            let line = SourceText(path: "t.txt", text: text).lines[0]
            let found = line.decomposedSegments()
            let expected = direct(text)
            XCTAssertEqual(found.map(\.range), expected.map(\.0), text)
            XCTAssertEqual(found.map(\.replacement), expected.map(\.1), text)
        }
    }

    func testStringFromScalarsEncodesEveryWidthLikeTheStandardLibrary() {
        // One, two, three and four UTF-8 bytes, a combining mark, and a slice in the middle.
        let samples = ["", "a", "Kế hoạch số 12/KH-UBND", "Ke\u{0302}\u{0301} – “Đảng” 😀 \u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"]
        for sample in samples {
            let scalars = Array(sample.unicodeScalars)
            XCTAssertEqual(String(scalars: scalars), sample)
            XCTAssertEqual(Array(String(scalars: scalars).utf8), Array(sample.utf8))
            if scalars.count > 4 {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[2..<(scalars.count - 1)])
                XCTAssertEqual(String(scalars: scalars[2..<(scalars.count - 1)]), String(view))
            }
        }
    }

    func testLineSlicesAreTheScalarsOfTheirColumns() {
        // Cut from the line's text by byte offsets: ASCII, precomposed, decomposed (NFC view), astral.
        for text in ["Số: 12/KH-UBND", "Kế hoạch triển khai – “Đảng” 😀 năm 2027", "Căn cứ Ke\u{0302}\u{0301} hoa\u{0323}ch số 12", ""] {
            let line = SourceText(path: "t.txt", text: text).lines.first ?? SourceText(path: "t.txt", text: " ").lines[0]
            for lower in 0...line.scalars.count {
                for upper in lower...line.scalars.count {
                    XCTAssertEqual(line.slice(lower..<upper), String(scalars: line.scalars[lower..<upper]), "\(text) \(lower)..<\(upper)")
                }
            }
            XCTAssertEqual(line.slice(-3..<(line.scalars.count + 5)), line.text)
        }
    }

    func testReadingAgainOnlyTheQuotedLinesGivesWhatKeepingThemGives() throws {
        let bytes = Array("Dòng một\r\nDo\u{0302}\u{0300}ng hai\rDòng ba\n\nDòng năm".utf8)
        let whole = try TextLoader.decode(bytes: bytes, path: "x.txt").get().keepingLines([2, 5])
        let quoted = try TextLoader.decode(bytes: bytes, path: "x.txt", keeping: [2, 5]).get()
        XCTAssertEqual(quoted.lines.map(\.original), whole.lines.map(\.original))
        XCTAssertEqual(quoted.lines.map(\.text), ["", "Dồng hai", "", "", "Dòng năm"])
        XCTAssertEqual(quoted.lines.map(\.terminator), whole.lines.map(\.terminator))
        XCTAssertEqual(quoted.lines[1].originalColumn(1), whole.lines[1].originalColumn(1))
        // Invalid bytes on a line not quoted are still refused.
        guard case .failure(.invalidUTF8) = TextLoader.decode(bytes: Array("a\n".utf8) + [0xD5], path: "x.txt", keeping: [1]) else { return XCTFail() }
    }

    func testAnASCIISuffixIsFoundAsHasSuffixFindsIt() {
        let texts = ["", ".", "./.", "Sở Tài chính;", "Nơi nhận:", "- Lưu: VT, KT./.", "- Như trên../.", "Kế hoạch.\u{0301}",
                     "Hòa\u{0300};", "Sở Y tế,", "Sở Y tế, ", "\r\n", "a;\u{200B}"]
        for text in texts {
            XCTAssertEqual(text.endsWith(";"), text.hasSuffix(";"), text.debugDescription)
            XCTAssertEqual(text.endsWith("."), text.hasSuffix("."), text.debugDescription)
            XCTAssertEqual(text.endsWith("./."), text.hasSuffix("./."), text.debugDescription)
            XCTAssertEqual(text.endsWith("../."), text.hasSuffix("../."), text.debugDescription)
            XCTAssertEqual(text.endsWith(","), text.hasSuffix(","), text.debugDescription)
            XCTAssertEqual(text.dropFirst().endsWith(":"), text.dropFirst().hasSuffix(":"), text.debugDescription)
        }
    }

    func testLetterCaseAgreesWithUnicodeBelowU2000() {
        // Vietnamese letters answer from ranges, every other scalar from its properties: the same.
        for value in UInt32(0)..<0x2000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let upper = scalar.properties.uppercaseMapping.unicodeScalars, lower = scalar.properties.lowercaseMapping.unicodeScalars
            XCTAssertEqual(Letters.upper(scalar), upper.count == 1 ? upper.first! : scalar, "U+\(String(value, radix: 16))")
            if scalar.isUppercaseFast { XCTAssertEqual(Letters.lower(scalar), lower.count == 1 ? lower.first! : scalar, "U+\(String(value, radix: 16))") }
        }
        XCTAssertEqual(String(String.UnicodeScalarView("ủy ban nhân dân tỉnh đắk lắk".unicodeScalars.map(Letters.upper))), "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK")
    }

    func testWhitespaceTrimAgreesWithFoundation() {
        for text in ["", " ", "\t a b \t", "\u{00A0}Nguyễn Văn A\u{2003}", "\u{3000}x", "a\n", "\n a \n", " \u{0301}a ", "ký\u{202F}"] {
            XCTAssertEqual(text.trimmingWhitespace, text.trimmingCharacters(in: .whitespaces), text.debugDescription)
            XCTAssertEqual(text[...].trimmingWhitespace, text.trimmingCharacters(in: .whitespaces), text.debugDescription)
        }
    }

    func testCompositionTableAgreesWithFoundation() {
        let table = UnicodeNormaliser.latinCompositions
        XCTAssertGreaterThan(table.count, 300)
        for (sequence, letter) in table {
            let scalars = sequence.compactMap(Unicode.Scalar.init)
            let foundation = String(scalars: scalars).precomposedStringWithCanonicalMapping
            XCTAssertEqual(String(letter), foundation, sequence.map { String($0, radix: 16) }.joined(separator: " "))
            // The packed table the normaliser looks letters up in gives the same letter.
            if sequence.count <= 3 { XCTAssertEqual(UnicodeNormaliser.composedLetter(scalars[...]), letter) }
        }
        // Sequences that compose to nothing are not found (a letter and a mark it takes no precomposed form with).
        XCTAssertNil(UnicodeNormaliser.composedLetter(["q", "\u{301}"]))
        // Half-composed ("ê" + acute) and marks out of canonical order fall back or compose alike.
        for text in ["\u{EA}\u{301}", "e\u{302}\u{301}", "\u{EA}\u{323}", "a\u{301}\u{302}", "o\u{31B}\u{300}", "q\u{301}"] {
            let scalars = Array(text.unicodeScalars)
            XCTAssertEqual(String(scalars: UnicodeNormaliser.compose(scalars[...])), text.precomposedStringWithCanonicalMapping, text)
        }
    }

    func testUTF8ValidationAgreesWithTheStandardLibrary() {
        // Edge cases of Table 3-7, then random sequences biased to lead and continuation bytes.
        var samples: [[UInt8]] = [[], [0x41], [0xC2, 0x80], [0xC1, 0xBF], [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0x9F, 0xBF],
                                  [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
                                  [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE1, 0xBB],
                                  Array("Ủy ban nhân dân tỉnh Lâm Đồng — 2026".utf8), [0x80], [0xFF]]
        var generator = SystemRandomNumberGenerator()
        let pool: [UInt8] = [0x20, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            samples.append((0..<Int.random(in: 1...12, using: &generator)).map { _ in pool.randomElement(using: &generator)! })
        }
        for bytes in samples {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            let offset = bytes.withUnsafeBufferPointer(ValidUTF8.firstInvalidOffset)
            XCTAssertEqual(offset == nil, expected, bytes.map { String($0, radix: 16) }.joined(separator: " "))
            // Everything before the offset is UTF-8; the sequence it starts is not.
            if let offset {
                XCTAssertNotNil(String(validating: bytes[..<offset], as: UTF8.self))
                XCTAssertFalse((1...4).contains { offset + $0 <= bytes.count && String(validating: bytes[offset..<(offset + $0)], as: UTF8.self) != nil })
            }
        }
    }

    func testALineKeepsItsBytesAndTextWithoutAStringOfItsOwn() {
        let source = SourceText(path: "t.txt", text: "Kính gửi: Sở Nội vụ\r\nNo\u{0302}\u{0323}i dung.\n")
        XCTAssertEqual(source.lines.map(\.original), ["Kính gửi: Sở Nội vụ", "No\u{0302}\u{0323}i dung."])
        XCTAssertEqual(source.lines.map(\.text), ["Kính gửi: Sở Nội vụ", "Nội dung."])
        XCTAssertEqual(source.lines.map(\.terminator), [.crlf, .lf])
    }

    func testComposedLineNeedsNoMap() {
        let line = SourceText(path: "t.txt", text: "Kính gửi: Sở Nội vụ").lines[0]
        XCTAssertFalse(line.hadDecomposedText)
        XCTAssertEqual(line.originalColumn(4), 5)
    }

    func testFoldIsDiacriticAndCaseInsensitiveAndHandlesDAndOCRGlyphs() {
        XCTAssertEqual(VietnameseFold.fold("Kế hoạch"), "ke hoach")
        XCTAssertEqual(VietnameseFold.fold("KẾ HOẠCH"), "ke hoach")
        XCTAssertEqual(VietnameseFold.fold("Ke\u{0302}\u{0301} hoa\u{0323}ch"), "ke hoach")
        XCTAssertEqual(VietnameseFold.fold("Đảng"), "dang")
        XCTAssertEqual(VietnameseFold.fold("S¢ Nội vụ"), "so noi vu")
        XCTAssertEqual(VietnameseFold.fold("Độc lập – Tự do"), "doc lap - tu do")
        // One byte per scalar of the input: positions in the key are positions in the line.
        XCTAssertEqual(VietnameseFold.fold(Array("Tuyên Quang".unicodeScalars)).count, 11)
    }

    func testCRLFAndLoneCRAndBOMAreHandled() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Dòng một\r\nDòng hai\rDòng ba\n".utf8)
        let source = try TextLoader.decode(bytes: bytes, path: "x.txt").get()
        XCTAssertTrue(source.hadByteOrderMark)
        XCTAssertEqual(source.lines.map(\.original), ["Dòng một", "Dòng hai", "Dòng ba"])
        XCTAssertEqual(source.lines.map(\.terminator), [.crlf, .cr, .lf])
    }

    func testInvalidUTF8IsAnInputErrorNamingTheLikelyEncoding() {
        // "QuyÕt ®Þnh" in TCVN3: 0xD5 (ế) and 0xAE 0xDE (đị) are not UTF-8.
        let tcvn3: [UInt8] = Array("Quy".utf8) + [0xD5] + Array("t ".utf8) + [0xAE, 0xDE] + Array("nh".utf8)
        guard case .failure(let error) = TextLoader.decode(bytes: tcvn3, path: "cu.txt") else { return XCTFail("accepted invalid UTF-8") }
        guard case .invalidUTF8(_, let line, let column, let guess) = error else { return XCTFail("wrong error \(error)") }
        XCTAssertEqual(line, 1); XCTAssertEqual(column, 4)
        XCTAssertEqual(guess, .tcvn3)
        XCTAssertTrue(error.message(.vi).contains("TCVN3"))
        // VNI: "Vieät" — a vowel followed by a tone byte.
        let vni: [UInt8] = Array("Vie".utf8) + [0xE4] + Array("t Nam ".utf8) + [0xF1] + Array("a".utf8) + [0xF9] + Array("i".utf8)
        guard case .failure(.invalidUTF8(_, _, _, let vniGuess)) = TextLoader.decode(bytes: vni, path: "v.txt") else { return XCTFail() }
        XCTAssertEqual(vniGuess, .vni)
    }

    func testNULBytesAreRefusedAsBinary() {
        guard case .failure(.binary) = TextLoader.decode(bytes: [0x41, 0x00, 0x42], path: "b.txt") else { return XCTFail() }
    }

    func testOCRTextIsDetectedAndCleanTextIsNot() {
        let ocr = String(repeating: "Cac so, nganh trién khai cac nhiém vu cua tinh va bao cao két qua trong thang 8/2025 S6 ngay.\n", count: 3)
        XCTAssertEqual(DocumentParser.parse(SourceText(path: "o.txt", text: ocr)).textCondition, .ocrDegraded)
        let clean = String(repeating: "Các sở, ngành triển khai các nhiệm vụ của tỉnh và báo cáo kết quả trong tháng 8/2025.\n", count: 3)
        XCTAssertEqual(DocumentParser.parse(SourceText(path: "c.txt", text: clean)).textCondition, .clean)
    }

    /// A scan that kept most marks but read "Đ" as "P" and put some marks wrong is OCR text too;
    /// the same lines typed are not, "Phó" and "Phòng" included.
    func testOCRTextWithDReadAsPIsDetected() {
        let scanned = String(repeating: "Tham dự có Pồng chí Giám dóc Sỏ Nội vụ, Pài Truyền hình tỉnh, Pảng ủy Khối cơ quan và đại diện lãnh đạo các Sở, ngành; Phó Chủ tịch chủ trì hội nghị tại Phòng họp số 2.\n", count: 3)
        XCTAssertEqual(DocumentParser.parse(SourceText(path: "o.txt", text: scanned)).textCondition, .ocrDegraded)
        let typed = String(repeating: "Tham dự có Đồng chí Giám đốc Sở Nội vụ, Đài Truyền hình tỉnh, Đảng ủy Khối cơ quan và đại diện lãnh đạo các Sở, ngành; Phó Chủ tịch chủ trì hội nghị tại Phòng họp số 2.\n", count: 3)
        XCTAssertEqual(DocumentParser.parse(SourceText(path: "c.txt", text: typed)).textCondition, .clean)
    }

    func testWorkCalendarMovesADeadlineOffTheWeekendAndHolidays() {
        let calendar = WorkCalendar()
        let saturday = CivilDate(year: 2025, month: 11, day: 15)!
        XCTAssertEqual(saturday.isoWeekday, 6)
        XCTAssertEqual(calendar.nextWorkingDay(onOrAfter: saturday), CivilDate(year: 2025, month: 11, day: 17))
        // 31/8/2025 (Sunday) → 01 and 02/9 are Quốc khánh → Wednesday 03/9.
        XCTAssertEqual(calendar.nextWorkingDay(onOrAfter: CivilDate(year: 2025, month: 8, day: 31)!), CivilDate(year: 2025, month: 9, day: 3))
        XCTAssertTrue(calendar.isWorkingDay(CivilDate(year: 2026, month: 1, day: 10)!))  // swapped working Saturday
        XCTAssertNil(CivilDate(year: 2025, month: 2, day: 29))
    }
}

final class FixerTests: XCTestCase {
    func edit(_ line: Int, _ from: Int, _ to: Int, _ text: String, endLine: Int? = nil) -> TextEdit {
        TextEdit(range: SourceRange(start: SourcePosition(line: line, column: from), end: SourcePosition(line: endLine ?? line, column: to)), replacement: text)
    }

    func testOverlappingEditsNeverCorruptText() {
        let source = SourceText(path: "a.txt", text: "Lưu VT, VP.\nhai\n")
        // The second edit starts inside the first: skipped, the next --fix pass gets it.
        let fixed = Fixer.apply([edit(1, 1, 4, "Lưu:"), edit(1, 3, 6, "XXX")], to: source)
        XCTAssertEqual(fixed, "Lưu: VT, VP.\nhai\n")
        // Two insertions at one point: only the first.
        XCTAssertEqual(Fixer.apply([edit(2, 4, 4, "."), edit(2, 4, 4, ";")], to: source), "Lưu VT, VP.\nhai.\n")
        // Adjacent edits both apply.
        XCTAssertEqual(Fixer.apply([edit(1, 1, 4, "Lưu:"), edit(1, 4, 4, "")], to: source), "Lưu: VT, VP.\nhai\n")
    }

    func testWholeLineDeletionKeepsOtherBytes() {
        let source = SourceText(path: "a.txt", text: "một\r\nhai\r\nba")
        XCTAssertEqual(Fixer.apply([edit(2, 1, 1, "", endLine: 3)], to: source), "một\r\nba")
        let lines = Fixer.applyLines([edit(2, 1, 1, "", endLine: 3)], to: source)
        XCTAssertEqual(lines.map(\.origin), [1, 3])
        let diff = FixDiff.unified(path: "a.txt", original: source, fixed: lines)
        XCTAssertEqual(diff, "--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,2 @@\n một\n-hai\n ba\n\\ No newline at end of file\n")
    }

    func testFastScalarClassesAgreeWithUnicode() {
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let hex = String(value, radix: 16)
            XCTAssertEqual(scalar.isAlphabeticFast, scalar.properties.isAlphabetic, hex)
            XCTAssertEqual(scalar.isUppercaseFast, scalar.properties.isUppercase, hex)
            XCTAssertEqual(scalar.isLowercaseFast, scalar.properties.isLowercase, hex)
            XCTAssertEqual(scalar.isWhitespaceFast, scalar.properties.isWhitespace, hex)
        }
    }

    /// The byte search anchors on a needle's first letter, not its leading space: it must still
    /// find every occurrence the naive search finds, at the same offset, and nothing else.
    func testByteSearchAgreesWithTheNaiveSearch() {
        func naive(_ haystack: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
            guard start >= 0, start <= haystack.count else { return nil }
            if needle.isEmpty { return start }
            guard haystack.count - needle.count >= start else { return nil }
            return (start...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        let haystacks = ["truoc ngay 15/3", " ngay ", "ngay", "  ngay  ngay", "a  ngay", "cua cac  cua", "", "   "]
        let needles = [" ngay ", " ngay", "ngay", " cua ", "  ", " ", "x", ""]
        for haystack in haystacks.map({ Array($0.utf8) }) {
            for needle in needles.map({ Array($0.utf8) }) {
                for start in 0...haystack.count {
                    XCTAssertEqual(haystack.firstOffset(of: needle, from: start), naive(haystack, needle, from: start),
                                   "\(String(decoding: needle, as: UTF8.self)) in \(String(decoding: haystack, as: UTF8.self)) from \(start)")
                }
            }
        }
        XCTAssertTrue("Lưu: VT, KGVX.".containsBytes("VT"))
        XCTAssertFalse("Lưu: Văn thư".containsBytes("VT"))
        XCTAssertTrue("ngày 05".dropFirst(2).containsBytes("y 0"))
    }
}
