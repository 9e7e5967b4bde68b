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
}
