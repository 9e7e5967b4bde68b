import XCTest
import DocLint
@testable import Rules

/// The syllable half of `spelling` reads Debian's hunspell-vi; `.ci/run` installs it, so CI runs
/// these. The tone-placement table needs no dictionary.
final class SpellingSyllableTests: XCTestCase {
    func testBothTonePlacementsAreTheSameSyllable() {
        XCTAssertEqual(VietnameseSyllable.otherTonePlacement("hoà"), "hòa")
        XCTAssertEqual(VietnameseSyllable.otherTonePlacement("hòa"), "hoà")
        XCTAssertEqual(VietnameseSyllable.otherTonePlacement("uỷ"), "ủy")
        XCTAssertEqual(VietnameseSyllable.otherTonePlacement("khoẻ"), "khỏe")
        XCTAssertNil(VietnameseSyllable.otherTonePlacement("quý"), "after q the mark stays on the y")
        XCTAssertNil(VietnameseSyllable.otherTonePlacement("hoàn"), "a final consonant fixes the place")
    }

    func testUnknownSyllablesAreNotesAndNamesAreSkipped() throws {
        let path = "/usr/share/hunspell/vi_VN.dic"
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("hunspell-vi is not installed") }
        let text = "Giao Ủy ban nhân dân huyện Mường Nhé rà soát ngành nghề, quyêt toán, hoà giải và thủy lợi; đóng góp 5 triệu đ.\n"
        let document = DocumentParser.parse(SourceText(path: "t.txt", text: text))
        let context = RuleContext(ruleID: "spelling", severity: .warning, options: ["dictionary": .string(path)],
                                  calendar: WorkCalendar(), today: CivilDate(year: 2026, month: 1, day: 15)!)
        let found = SpellingRule().check(document, context)
        XCTAssertEqual(found.map { $0.message.vi }, ["“quyêt” không phải âm tiết tiếng Việt: kiểm tra chính tả"])
        XCTAssertEqual(found.first?.severity, .note)
    }

    /// `forEachWord(inDictionaryAt:)`, which the rule reads its list with, gives the words of
    /// `dictionary(at:)`: the count line and affix flags dropped, NFD entries composed, an invalid
    /// byte repaired, CRLF and blank lines skipped. (A list of our own: runs without hunspell-vi.)
    func testDictionaryWordsReadAsScalarsAreTheDictionarysWords() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-dic-\(UUID().uuidString).dic")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        var bytes = Array("5\r\nhoà/AB\r\nKhỏe\n\nHa\u{0300}\nđường/X\nUBND\n".utf8)
        bytes += [0x62, 0xFF, 0x61, 0x0A]  // "b", an invalid byte, "a"
        try Data(bytes).write(to: url)
        let expected = try XCTUnwrap(VietnameseSyllable.dictionary(at: url.path)).map { Array($0.unicodeScalars) }
        var read: [[Unicode.Scalar]] = []
        XCTAssertTrue(VietnameseSyllable.forEachWord(inDictionaryAt: url.path) { read.append(Array($0)) })
        XCTAssertEqual(read, expected)
        XCTAssertEqual(read.count, 6)
        XCTAssertFalse(VietnameseSyllable.forEachWord(inDictionaryAt: url.path + ".missing") { _ in })
    }

    /// The installed list's table holds every word lower-cased, in both tone placements, and nothing
    /// else but the supplement.
    func testTheSyllableTableHoldsTheDictionaryInBothPlacements() throws {
        let path = VietnameseSyllable.defaultDictionary
        guard let words = VietnameseSyllable.dictionary(at: path) else { throw XCTSkip("hunspell-vi is not installed") }
        let table = try XCTUnwrap(SpellingRule.syllables(at: path))
        var expected = Set<UInt64>()
        for word in words {
            let lower = word.unicodeScalars.map { scalar -> Unicode.Scalar in
                let mapping = scalar.properties.lowercaseMapping.unicodeScalars
                return scalar.properties.isUppercase && mapping.count == 1 ? mapping.first! : scalar
            }
            expected.insert(WordHashTable.hash(scalars: lower[...]))
            if let other = VietnameseSyllable.otherTonePlacement(lower) { expected.insert(WordHashTable.hash(scalars: other[...])) }
        }
        for word in SpellingRule.supplement { expected.insert(WordHashTable.hash(word)) }
        XCTAssertEqual(table.count, expected.count)
        XCTAssertTrue(expected.allSatisfy(table.contains))
    }
}
