import XCTest
@testable import Rules

/// numbering-sequence reads a section number's parts from its bytes; they must be the parts
/// `split(separator: ".")` gives, which the rule used before.
final class NumberingPartsTests: XCTestCase {
    func testPartsAreThoseOfASplitOnDots() {
        for number in ["", "1", "12", "1.", "1.2", "1.2.", "1..3", ".4", "..", "2.10.3.", "III", "a.b"] {
            let parts = number.split(separator: ".")
            XCTAssertEqual(NumberingSequenceRule.depth(number), parts.count, number)
            XCTAssertEqual(NumberingSequenceRule.lastPart(number).map(String.init), parts.last.map(String.init), number)
        }
    }
}
