import XCTest
import DocLint
@testable import Rules

/// The engine finds the cross-document rules by `asCrossDocumentRule`, not by a cast: the two must
/// agree for every rule, or a rule that compares documents would run as an ordinary one.
final class CrossDocumentRuleTests: XCTestCase {
    func testEveryRuleSaysWhetherItComparesDocumentsAsACastWould() {
        for type in allRuleTypes {
            XCTAssertEqual(type.asCrossDocumentRule != nil, type is any CrossDocumentRule.Type, type.description.id)
        }
        let ids = allRuleTypes.compactMap { $0.asCrossDocumentRule?.description.id }.sorted()
        XCTAssertEqual(ids, ["duplicate-number", "reference-mismatch", "reference-unresolved"])
    }
}
