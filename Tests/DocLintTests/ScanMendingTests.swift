import XCTest
@testable import DocLint

/// Tesseract's misreadings that no writer makes, undone before a scan's text is read; and its
/// confidence, read from its TSV. Examples written for these tests.
final class ScanMendingTests: XCTestCase {
    func testMisreadingsAreUndone() {
        let read = """
        Căn cứ Quyết định số 03/QĐÐ-UBND ngày 08/01/2026 và Kế hoạch số 15/KH- UBND;
        I1. NHIỆM VỤ
        1. Giao Sở Nội vụ tổng hợp; hoàn thành trong quý II1/2026.
        2_ Sở Tài chính bố trí kinh phí, báo cáo hằng guý.
        3 Giao Sở Y tế phối hợp.
        ngày 27/02/2026.                  :
        """
        let lines = ScanMending.mend(read).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[0], "Căn cứ Quyết định số 03/QĐ-UBND ngày 08/01/2026 và Kế hoạch số 15/KH-UBND;")
        XCTAssertEqual(lines[1], "II. NHIỆM VỤ")
        XCTAssertEqual(lines[2], "1. Giao Sở Nội vụ tổng hợp; hoàn thành trong quý III/2026.")
        XCTAssertEqual(lines[3].hasPrefix("2. Sở Tài chính"), true)
        if RestorationModel.shared.includesDictionary { XCTAssertTrue(lines[3].hasSuffix("hằng quý."), lines[3]) }
        XCTAssertEqual(lines[4], "3. Giao Sở Y tế phối hợp.")
        XCTAssertEqual(lines[5], "ngày 27/02/2026.")
    }

    func testWhatAWriterMayWriteStays() {
        // A hyphen with a space outside a code, a number that is no list item, "11." (eleven),
        // a real "g" word, a colon that ends the text.
        let text = "Độc lập - Tự do - Hạnh phúc\n2026 là năm chuyển đổi số.\n11. Giao Sở Tư pháp.\nĐi guốc mộc.\nKính gửi:"
        XCTAssertEqual(ScanMending.mend(text), text)
    }

    func testConfidenceIsTheLengthWeightedMeanOfTheWords() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "4\t1\t1\t1\t1\t0\t0\t0\t10\t10\t-1\t\n"
            + "5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t90\tSở\n"
            + "5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t60\tchính\n"
        XCTAssertEqual(ScanReader.confidence(tsv: tsv), (90 * 2 + 60 * 5) / 7.0, accuracy: 0.001)
        XCTAssertEqual(ScanReader.confidence(tsv: ""), 0)
    }
}
