import XCTest
@testable import DocLint

/// The diacritics restorer on examples written for these tests, with the lexicon alone (no
/// hunspell-vi), so they pass on any machine.
final class OCRRestorerTests: XCTestCase {
    static let model = RestorationModel(dictionaryPath: nil)

    func restored(_ text: String) -> [String] {
        OCRRestorer.restoreMeasured(SourceText(path: "t.txt", text: text), model: Self.model).text.lines.map(\.text)
    }

    func testStrippedAdministrativeTextIsRestored() {
        let lines = restored("""
        UY BAN NHAN DAN TINH LAM DONG
        QUYET DINH
        Ve viec thanh lap To cong tac chuyen doi so cua tinh
        1. Giao So Tai chinh chu tri, phoi hop voi cac co quan lien quan bo tri kinh phi thuc hien; hoan thanh truoc ngay 30/4/2026.
        2. Cac so, nganh, Uy ban nhan dan cac xa, phuong can cu chuc nang, nhiem vu duoc giao to chuc thuc hien nghiem tuc Quyet dinh nay.
        """)
        XCTAssertEqual(lines, [
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
            "QUYẾT ĐỊNH",
            "Về việc thành lập Tổ công tác chuyển đổi số của tỉnh",
            "1. Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan bố trí kinh phí thực hiện; hoàn thành trước ngày 30/4/2026.",
            "2. Các sở, ngành, Ủy ban nhân dân các xã, phường căn cứ chức năng, nhiệm vụ được giao tổ chức thực hiện nghiêm túc Quyết định này.",
        ])
    }

    func testWhatARunRemembersChangesNothingItRestores() {
        // The model remembers the words and phrases of the documents it restored: a later document
        // must come out as it does from a fresh model, whatever came before — a stripped text, then a
        // damaged scan (which reads harder) with the same words.
        let earlier = "Uy ban nhan dan tinh giao So Tai chinh chu tri, phoi hop voi So Noi vu tong hop bao cao.\nGiao So Noi vu thuc hien."
        let later = """
        Uy ban nhan dan tinh giao So Noi vu chu tri, phoi hop voi So Tai chinh.
        Sé Noi vu dugc giao to chirc b4o cdo ctia tinh; So Tai chinh tong hop bao cao.
        Giao So Noi vu thuc hien.
        """
        func run(_ texts: [String], _ model: RestorationModel) -> [(lines: [String], unmended: Double)] {
            texts.enumerated().map { index, text in
                let restored = OCRRestorer.restoreMeasured(SourceText(path: "\(index).txt", text: text), model: model)
                return (restored.text.lines.map(\.text), restored.unmended)
            }
        }
        let alone = run([later], RestorationModel(dictionaryPath: nil))[0]
        let warm = RestorationModel(dictionaryPath: nil)
        let inRun = run([earlier, later, later], warm)
        XCTAssertGreaterThan(warm.memo.count.words, 10)
        XCTAssertGreaterThan(warm.memo.count.phrases, 3)
        for (lines, unmended) in inRun.dropFirst() {
            XCTAssertEqual(lines, alone.lines)
            XCTAssertEqual(unmended, alone.unmended)
        }
        XCTAssertEqual(alone.lines[1].prefix(9), "Sở Nội vụ")
        // A phrase is remembered with the word before it: "tai" goes on "Sở" from the line above
        // ("Sở Tài …"), and opens a sentence elsewhere ("tại").
        let wrapped = restored("Van ban gui So\ntai, phong va xa.\nNoi dung.\ntai, phong va xa.")
        XCTAssertEqual(wrapped[1], "tài, phòng và xã.")
        XCTAssertEqual(wrapped[3], "tại, phòng và xã.")
    }

    func testOCRConfusionsAreUndone() {
        // "6" for ô/ơ, "1" for an opening l, "P" for Đ, a wrong mark OCR invented ("ké").
        XCTAssertEqual(restored("S6 lieu bao cao gui Van phong 1am viec. Pao tao can bo theo ké hoach."),
                       ["Số liệu báo cáo gửi Văn phòng làm việc. Đào tạo cán bộ theo kế hoạch."])
    }

    func testWordsAScanGarbledAreReadBack() {
        // Misread letters beyond one per letter: "ctia" (của), "dugc" (được), "thdng" between a day
        // and a month, "chirc" (chức), "b4o cdo" (báo cáo). The restored word may be shorter; its
        // columns map onto the word it replaced.
        let source = SourceText(path: "t.txt", text: "Sở Nội vụ dugc giao to chirc b4o cdo ctia tinh ngay 15 thdng 7 nam 2026.")
        let line = OCRRestorer.restoreMeasured(source, model: Self.model).text.lines[0]
        XCTAssertEqual(line.text, "Sở Nội vụ được giao tổ chức báo cáo của tỉnh ngày 15 tháng 7 năm 2026.")
        let cua = line.text.unicodeScalars.count - "của tỉnh ngày 15 tháng 7 năm 2026.".unicodeScalars.count
        let ctia = source.lines[0].original.unicodeScalars.count - "ctia tinh ngay 15 thdng 7 nam 2026.".unicodeScalars.count
        XCTAssertEqual(line.originalColumn(cua), ctia + 1)
        XCTAssertEqual(line.originalColumn(cua + 4), ctia + 6, "the word after starts where it did")
    }

    func testACentSignIsAnyMarkedVowelOrAMarkReadApart() {
        // "¢" where OCR lost a marked vowel ("ngh¢" nghệ, "S¢" Sở) or read a mark apart from its
        // letter ("c¢6" có); a speck read as an apostrophe after a word goes with it.
        XCTAssertEqual(restored("Cac so c¢6 trach nhiem ung dung cong ngh¢ moi, giao S¢' Noi vu tong hop."),
                       ["Các sở có trách nhiệm ứng dụng công nghệ mới, giao Sở Nội vụ tổng hợp."])
        // Apostrophes in pairs quote: they stay.
        XCTAssertEqual(restored("Giao 'So Tai chinh' va 'So Noi vu' thuc hien."),
                       ["Giao 'Sở Tài chính' và 'Sở Nội vụ' thực hiện."])
    }

    func testRomanSectionNumbersAScanMisreadAreReadBack() {
        // "1" or "l" for "I" in a section number at the start of a line; "11." (eleven), "I." and a
        // word that only looks like one ("Il" inside a sentence) stay as they are.
        XCTAssertEqual(restored("I. Ket qua thuc hien\nI1. Nhiem vu trong tam\nI11) Kien nghi\nV1. De xuat\n11. Giao So Noi vu"),
                       ["I. Kết quả thực hiện", "II. Nhiệm vụ trọng tâm", "III) Kiến nghị", "VI. Đề xuất", "11. Giao Sở Nội vụ"])
        XCTAssertEqual(restored("Hoan thanh trong quy II1/2026; ngay 11/3/2026."), ["Hoàn thành trong quý III/2026; ngày 11/3/2026."])
        // A list number's stop read as "_"; a "_" elsewhere stays.
        XCTAssertEqual(restored("2_ So Tai chinh bo tri kinh phi\n3_4 2026"), ["2. Sở Tài chính bố trí kinh phí", "3_4 2026"])
    }

    func testCodesNumbersAndUnknownWordsStayAsTheyAre() {
        // The type code gets its "Đ" back; the rest of a code, numbers, foreign words and
        // abbreviations that are no syllable are left alone.
        XCTAssertEqual(restored("So: 12/QD-UBND ngay 05/3/2026, dang tai tren website va Zalo cua UBND tinh."),
                       ["Số: 12/QĐ-UBND ngày 05/3/2026, đăng tải trên website và Zalo của UBND tỉnh."])
    }

    func testRestoredLinesKeepTheOriginalColumnsAndText() {
        // "Kế" written decomposed (NFD): the NFC view is one scalar shorter, and the restored view
        // maps back through the same column map.
        let original = "Ke\u{0302}\u{0301} hoach thuc hien cua So Noi vu"
        let source = SourceText(path: "t.txt", text: original)
        let line = OCRRestorer.restoreMeasured(source, model: Self.model).text.lines[0]
        XCTAssertEqual(line.text, "Kế hoạch thực hiện của Sở Nội vụ")
        XCTAssertEqual(line.original, original)
        XCTAssertEqual(line.scalars.count, source.lines[0].scalars.count)
        for column in 0...line.scalars.count { XCTAssertEqual(line.originalColumn(column), source.lines[0].originalColumn(column)) }
        // "hoạch" starts at NFC index 3, original column 5 (1-based, after the two marks).
        XCTAssertEqual(line.originalColumn(3), 6)
    }

    func testAFindingOnRestoredTextPointsIntoTheOriginalAndSaysSo() {
        let text = """
        UY BAN NHAN DAN TINH LAM DONG          CONG HOA XA HOI CHU NGHIA VIET NAM
        So: 7/UBND-VX          Lam Dong, ngay 05 thang 3 nam 2026
        V/v ra soat ho so luu tru cua cac co quan, don vi tren dia ban tinh

        Kinh gui: So Noi vu.

        1. Giao So Noi vu huong dan cac co quan ra soat ho so luu tru dien tu; hoan thanh truoc ngay 15/4/2026.
        """
        let document = DocumentParser.parse(SourceText(path: "t.txt", text: text))
        XCTAssertTrue(document.isRestored)
        XCTAssertEqual(document.header.number?.number, "7")
        XCTAssertEqual(document.tasks.first?.assignees, ["Sở Nội vụ"])
        XCTAssertEqual(document.tasks.first?.deadline?.date, "2026-04-15")
        let marked = Linter.onRestoredText(Diagnostic(ruleID: "x", severity: .error, message: Message(vi: "lỗi", en: "slip"),
                                                      range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 2)),
                                                      fix: Fix(message: Message(vi: "sửa", en: "fix"), edits: [])))
        XCTAssertEqual(marked.message.vi, "lỗi (văn bản OCR, đã khôi phục dấu)")
        XCTAssertNil(marked.fix, "a fix worked out on restored letters would write them into the OCR file")
    }

    /// A scanned closing: the signature column beside the Nơi nhận label, its title's start under
    /// the stamp, and no name left readable.
    func testASigningTitleCutByTheStampBesideNoiNhanIsTheSignature() {
        let text = """
        UY BAN NHAN DAN TINH LAM DONG          CONG HOA XA HOI CHU NGHIA VIET NAM
        VAN PHONG          Doc lap - Tu do - Hanh phuc
        So: 41/TB-VP          Lam Dong, ngay 05 thang 3 nam 2026

        THONG BAO
        Ket luan cua Chu tich Uy ban nhan dan tinh tai cuoc hop ve chuyen doi so

        Giao So Noi vu huong dan cac co quan ra soat ho so luu tru dien tu, hoan thanh truoc ngay 15/4/2026./.

        Noi nhan: . NH VAN PHONG
        - Chu tich, cac PCT UBND tinh;
        - Luu: VT.
        """
        let document = DocumentParser.parse(SourceText(path: "t.txt", text: text))
        XCTAssertTrue(document.isRestored)
        XCTAssertEqual(document.signature?.chain.map(\.line), [10])
        XCTAssertEqual(document.signature?.position.map(VietnameseFold.fold), "nh van phong")
        XCTAssertNil(document.signature?.name)
        XCTAssertEqual(document.distribution.count, 2)
        // Not in typed text: there a cut title is text beside the label, not a signature.
        let typed = DocumentParser.parse(SourceText(path: "t.txt", text: "Nơi nhận: NH VĂN PHÒNG\n- Lưu: VT."))
        XCTAssertNil(typed.signature)
    }

    func testCleanTextIsNotRestored() {
        let document = DocumentParser.parse(SourceText(path: "t.txt", text: "Ủy ban nhân dân tỉnh giao Sở Nội vụ hướng dẫn các cơ quan rà soát hồ sơ lưu trữ điện tử của các cơ quan, đơn vị trên địa bàn tỉnh trong tháng 5 năm 2026."))
        XCTAssertFalse(document.isRestored)
    }

    /// The memo's tables: a `WordHashTable` that grows past the capacity it was made with and keeps
    /// every value, and answers keyed by a hash (0 included) that a later answer replaces.
    func testHashTablesGrowAndKeepTheirAnswers() {
        var table = WordHashTable(capacity: 4)
        for key in 1...1_000 { table.insert(WordHashTable.mixed(UInt64(key)), value: Int32(key)) }
        XCTAssertEqual(table.count, 1_000)
        XCTAssertTrue((1...1_000).allSatisfy { table.value(WordHashTable.mixed(UInt64($0))) == Int32($0) })
        XCTAssertNil(table.value(WordHashTable.mixed(1_001)))
        table.removeAll()
        XCTAssertEqual(table.count, 0)
        XCTAssertNil(table.value(WordHashTable.mixed(5)))

        var answers = HashedAnswers<String>(capacity: 2)
        for key in 0..<100 { answers.set(UInt64(key) &* 0x9E37_79B9_7F4A_7C15, "a\(key)") }
        answers.set(0, "zero again")
        XCTAssertEqual(answers.count, 100)
        XCTAssertEqual(answers[0], "zero again")
        XCTAssertEqual(answers[42 &* 0x9E37_79B9_7F4A_7C15], "a42")
        XCTAssertNil(answers[7])
        answers.removeAll()
        XCTAssertNil(answers[42 &* 0x9E37_79B9_7F4A_7C15])
    }

    /// Abbreviations are found from the line's folded bytes, their "Đ" read as "D" or, from three
    /// letters on, as "P"; two letters with a "P" stay ("CP" is Chính phủ).
    func testAbbreviationsAreFoundFromTheFoldedWord() {
        func acronym(_ word: String) -> String? {
            let folded = VietnameseFold.fold(Array(word.unicodeScalars))
            return Self.model.acronym(folded: [0x20] + folded, 1..<(folded.count + 1)).map { String(String.UnicodeScalarView($0)) }
        }
        XCTAssertEqual(acronym("HDND"), "HĐND")
        XCTAssertEqual(acronym("HPND"), "HĐND")
        XCTAssertEqual(acronym("QD"), "QĐ")
        XCTAssertNil(acronym("XYZW"))
        XCTAssertNotEqual(acronym("CP"), "CĐ")
    }
}
