import XCTest
@testable import DocLint

/// The header as real copies flatten it (house-style: label the parts wherever they stand). Each
/// case is a short header written for the test, in one of the layouts met in web copies and PDF
/// exports.
final class HeaderLayoutTests: XCTestCase {
    func parse(_ text: String) -> Document { DocumentParser.parse(SourceText(path: "t.txt", text: text)) }

    func testPlaceAndDateAfterTheSubjectLine() {
        let document = parse("""
            ỦY BAN NHÂN DÂN
            XÃ AN PHÚ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 318/UBND-VP
            V/v rà soát hồ sơ đất đai
            An Phú, ngày 8 tháng 9 năm 2025

            Kính gửi: Phòng Kinh tế
            """)
        XCTAssertEqual(document.header.placeDate?.date, "2025-09-08")
        XCTAssertEqual(document.header.placeDate?.place, "An Phú")
        XCTAssertEqual(document.header.placeDate?.line, 7)
        XCTAssertEqual(document.subject?.text, "rà soát hồ sơ đất đai", "the date line is not part of the V/v")
        XCTAssertEqual(document.header.issuer.map(\.text), ["ỦY BAN NHÂN DÂN", "XÃ AN PHÚ"])
        XCTAssertEqual(document.recipients.map(\.text), ["Phòng Kinh tế"])
    }

    func testCellBordersAndWrappedParts() {
        let document = parse("""
            ỦY BAN NHÂN DÂN
            TỈNH LÂM ĐỒNG
            -------
            |
            CỘNG HÒA XÃ
            HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            |
            Số: 12/2026/QĐ-UBND
            |
            Đà
            Lạt, ngày 09 tháng 3
            năm 2026
            |
            QUYẾT ĐỊNH
            Ban hành Quy chế làm việc
            """)
        XCTAssertEqual(document.header.nationalTitle?.line, 5)
        XCTAssertEqual(document.header.nationalTitle?.span.endLine, 5, "0-based: the title ends on line 6")
        XCTAssertEqual(document.header.number?.style, .normative)
        XCTAssertEqual(document.header.number?.typeCode, "QĐ")
        XCTAssertEqual(document.header.placeDate?.place, "Đà Lạt")
        XCTAssertEqual(document.header.placeDate?.date, "2026-03-09")
        XCTAssertEqual(document.title?.type, "QUYẾT ĐỊNH")
        XCTAssertEqual(document.header.issuer.map(\.text), ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"])
    }

    func testTheWholeHeaderOnOneLine() {
        // A portal that joins each table cell's lines with spaces and the cells with "|".
        let document = parse("""
            SỞ XÂY DỰNG TỈNH CAO BẰNG ---------- Số: 27/2026/QĐ-SXD | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------- Cao Bằng, ngày 14 tháng 4 năm 2026 |
            QUYẾT ĐỊNH
            Về việc ban hành quy trình thẩm định hồ sơ
            GIÁM ĐỐC SỞ XÂY DỰNG
            Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;
            """)
        XCTAssertEqual(document.header.number?.raw, "Số: 27/2026/QĐ-SXD")
        XCTAssertEqual(document.header.number?.span.startColumn, 37)
        XCTAssertEqual(document.header.placeDate?.date, "2026-04-14")
        XCTAssertEqual(document.header.issuer.map(\.text), ["SỞ XÂY DỰNG TỈNH CAO BẰNG"])
        XCTAssertEqual(document.header.nationalTitle?.text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        XCTAssertEqual(document.kind, .quyetDinh)
    }

    func testADraftHeaderTableFlattenedCellByCell() {
        // The left cell's "Số:" first, the right column, then the rest of the left cell: a draft's
        // blank number and date, exported from Word.
        let document = parse("""
            SỞ NỘI VỤ
            Số:

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            /TTr-SNV

            Điện Biên, ngày

            tháng

            năm 2026

            DỰ THẢO

            TỜ TRÌNH
            Về việc sắp xếp kho lưu trữ chuyên dụng
            """)
        XCTAssertEqual(document.header.nationalTitle?.line, 4)
        XCTAssertEqual(document.header.number?.raw, "/TTr-SNV")
        XCTAssertEqual(document.header.number?.hasColon, true)
        XCTAssertNil(document.header.number?.number, "a draft's number is left blank")
        XCTAssertEqual(document.header.issuer.map(\.text), ["SỞ NỘI VỤ"])
        XCTAssertEqual(document.kind, .toTrinh)
    }

    func testNumberOnTheLineAfterItsLabelAndAnIssuerBelowARightAlignedDate() {
        let wrapped = parse("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n|\nSố:\n06/2026/QĐ-UBND\n|\nĐà Lạt, ngày 25\ntháng 01 năm 2026\n|\nQUYẾT ĐỊNH\nBan hành Quy chế")
        XCTAssertEqual(wrapped.header.number?.number, "06")
        XCTAssertEqual(wrapped.header.number?.typeCode, "QĐ")
        XCTAssertEqual(wrapped.header.number?.line, 5)
        XCTAssertEqual(wrapped.title?.type, "QUYẾT ĐỊNH")
        let party = parse("""
            BAN CHẤP HÀNH ĐẢNG BỘ TỈNH                                   ĐẢNG CỘNG SẢN VIỆT NAM
                     *
                                                                            Lâm Đồng, ngày 04 tháng 3 năm 2026
                     VĂN PHÒNG
                  Số 21-HD/VPTU

            HƯỚNG DẪN
            về công tác văn thư
            """)
        XCTAssertEqual(party.header.issuer.map(\.text), ["BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "VĂN PHÒNG"])
        XCTAssertEqual(party.header.number?.symbol, "HD/VPTU")
    }

    func testDateOnTheNumberLineAndOnThePartyStarLine() {
        let state = parse("Số: 45/KH-UBND          Hà Nội, ngày 15 tháng 7 năm 2025\n\nKẾ HOẠCH\nRà soát")
        XCTAssertEqual(state.header.placeDate?.place, "Hà Nội")
        XCTAssertEqual(state.header.placeDate?.span.startColumn, 24)
        let party = parse("""
            ĐẢNG BỘ TỈNH LÂM ĐỒNG                    ĐẢNG CỘNG SẢN VIỆT NAM
            TỈNH ỦY
            *                                        Lâm Đồng, ngày 26 tháng 02 năm 2026
            Số 318-TB/TU

            THÔNG BÁO KẾT LUẬN
            của Ban Thường vụ Tỉnh ủy
            """)
        XCTAssertEqual(party.header.placeDate?.place, "Lâm Đồng")
        XCTAssertEqual(party.header.issuer.map(\.text), ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY"])
        XCTAssertEqual(party.kind, .thongBao)
        XCTAssertEqual(party.title?.summary, "của Ban Thường vụ Tỉnh ủy")
    }

    func testGluedAndDamagedDateTokens() {
        let glued = parse("Số: 45/TB-UBND\nAn Phú, ngày 18 tháng11 năm 2025\n\nTHÔNG BÁO\nKết luận")
        XCTAssertEqual(glued.header.placeDate?.month, 11)
        XCTAssertEqual(glued.header.placeDate?.gluedNumbers.count, 1)
        let split = parse("Số: 45/TB-UBND\nAn Phú, ngày 18 tháng 11 năm 20 25\n\nTHÔNG BÁO\nKết luận")
        XCTAssertEqual(split.header.placeDate?.year, 2025)
        XCTAssertNotNil(split.header.placeDate?.splitYear)
    }

    func testABodyDateIsNotThePlaceAndDate() {
        let document = parse("Kính gửi: Sở Nội vụ\n\nNgày 14 tháng 11 năm 2025, Ủy ban nhân dân xã đã họp.")
        XCTAssertNil(document.header.placeDate)
    }

    func testFontDamagedTextIsRecognisedAsDamaged() {
        let damaged = parse("""
            Thc hin K hoch ca y ban nhn dn tnh, cc c quan chuyn mn r sot h s lu tr, bo co kt qu trong thng 5.
            Cc x, phng tng hp s liu, gi v S Ni v trc ngy 15/5/2026 t tng hp, bo co y ban nhn dn tnh.
            """)
        XCTAssertEqual(damaged.textCondition, .ocrDegraded)
        let clean = parse("Các cơ quan chuyên môn rà soát hồ sơ lưu trữ, báo cáo kết quả trong tháng 5; đo đạc 12 km đường, 3 kg mẫu, 20 ml dung dịch và tổng hợp số liệu gửi Sở Nội vụ.")
        XCTAssertEqual(clean.textCondition, .clean)
    }

    func testTextWhoseHyphensWereDroppedIsRecognisedAsDamaged() {
        let base = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ; Căn cứ Quyết định số 1961/QĐ-UBND ngày 28/8/2019 và Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 về việc thực hiện cơ chế một cửa trong giải quyết thủ tục hành chính của các cơ quan."
        XCTAssertEqual(parse(base).textCondition, .clean)
        let glued = base.replacingOccurrences(of: "NĐ-CP", with: "NĐCP").replacingOccurrences(of: "QĐ-UBND", with: "QĐUBND").replacingOccurrences(of: "TT-VPCP", with: "TTVPCP")
        XCTAssertEqual(parse(glued).textCondition, .ocrDegraded)
    }

    func testATextCutBeforeItsClosingIsTruncated() {
        let cut = parse("KẾ HOẠCH\nRà soát hồ sơ\n\nI. MỤC ĐÍCH\n1. Hoàn thành số hóa hồ sơ.\n2. Bảo đảm an toàn thông tin trong quá")
        XCTAssertTrue(cut.isTruncated)
        let signed = parse("KẾ HOẠCH\nRà soát hồ sơ\n\n1. Hoàn thành số hóa hồ sơ.\n2. Bảo đảm an toàn thông tin.\nQuyết định có hiệu lực từ ngày ký.\n\nPhó Chủ tịch\n(Đã ký)\nTrần Văn Bình")
        XCTAssertFalse(signed.isTruncated)
    }
}
