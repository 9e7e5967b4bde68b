import Foundation
import XCTest
@testable import DocLint
@testable import Rules

/// The reviewed .docx (`--annotate`, `--fix` on .docx): comments on the exact text of each finding,
/// fixes as tracked changes that accepted leave nothing to fix and rejected give the original back,
/// every other part untouched.
final class DocxReviewTests: XCTestCase {
    /// A công văn with slips a clerk makes, every paragraph cut into many runs as Word writes them.
    static let draftSpec = """
    @table
    {size=13 split}ỦY BAN NHÂN DÂN
    {size=13 b split}HUYỆN ĐỨC TRỌNG
    {size=13 split}Số: 9/UBND-NV
    {size=12 split}V/v rà soát hồ sơ cán bộ
    @cell
    {size=13 b split}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    {size=14 b split}Độc lập – Tự do – Hạnh phúc
    {size=14 i split}Đức Trọng, ngày 4 tháng 3 năm 2026
    @end-table

    {size=14 split}Kính gửi: Phòng Nội vụ & Y tế;

    {size=14 split}Để chuẩn bị cho kỳ đánh giá, Ủy ban nhân dân huyện đề nghị:
    {size=14 split}1. Giao Phòng Nội vụ rà soát hồ sơ cán bộ, báo cáo trước ngày 20/3/2026.
    {size=14 split}Đề nghị các phòng thực hiện.
    @table
    {size=12 b i split}Nơi nhận:
    {size=11 split}- Như trên;
    {size=11 split}- Lưu VT, NV.
    @cell
    {size=14 b split}CHỦ TỊCH

    {size=14 b split}Lê Văn Sơn
    @end-table
    """

    static let fixedDate = DocxReview.Options(date: Date(timeIntervalSince1970: 1_780_000_000), language: .vi)

    let linter = Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 3, day: 4)!)

    func load(_ data: Data) throws -> SourceText {
        switch DocxLoader.load(data: data, path: "t.docx") {
        case .success(let source): return source
        case .failure(let error): XCTFail(error.message(.en)); throw error
        }
    }

    func parts(_ data: Data) throws -> [String: Data] {
        var archive = try DocxArchive(data: data)
        var out: [String: Data] = [:]
        for name in archive.names { out[name] = try archive.read(name) }
        return out
    }

    /// The text each comment is anchored on, read with its own small walk over document.xml
    /// (paragraphs joined by "\n", tabs as "\t", deleted text left out).
    func anchoredTexts(_ document: Data) -> [Int: String] {
        var scanner = DocxByteScanner(bytes: [UInt8](document))
        var open: [Int: String] = [:], closed: [Int: String] = [:]
        var inText = false
        while let token = scanner.next() {
            switch token.kind {
            case .start(let selfClosing):
                switch scanner.localName(token) {
                case "commentRangeStart": if let id = scanner.attribute("id", of: token).flatMap(Int.init) { open[id] = "" }
                case "commentRangeEnd": if let id = scanner.attribute("id", of: token).flatMap(Int.init) { closed[id] = open.removeValue(forKey: id) }
                case "t": inText = !selfClosing
                case "tab": for key in open.keys { open[key]! += "\t" }
                default: break
                }
            case .end:
                switch scanner.localName(token) {
                case "t": inText = false
                case "p": for key in open.keys { open[key]! += "\n" }
                default: break
                }
            case .text(let range):
                if inText { let text = String(String.UnicodeScalarView(scanner.decode(range))); for key in open.keys { open[key]! += text } }
            }
        }
        return closed
    }

    /// What a finding covers in the loaded text, as the comment must show it.
    func text(of range: SourceRange, in source: SourceText) -> String {
        var end = range.end
        if end.line > range.start.line, end.column == 1 { end = SourcePosition(line: end.line - 1, column: source.lines[end.line - 2].original.unicodeScalars.count + 1) }
        var pieces: [String] = []
        for line in range.start.line...end.line {
            let scalars = Array(source.lines[line - 1].original.unicodeScalars)
            let from = line == range.start.line ? range.start.column - 1 : 0
            let to = line == end.line ? end.column - 1 : scalars.count
            pieces.append(String(String.UnicodeScalarView(scalars[min(from, scalars.count)..<max(min(from, scalars.count), min(to, scalars.count))])))
        }
        return pieces.joined(separator: "\n")
    }

    func rewrite(_ data: Data, document: (String) -> String) throws -> Data {
        let archive = try DocxArchive(data: data)
        let xml = String(decoding: try parts(data)["word/document.xml"]!, as: UTF8.self)
        return try DocxPackageWriter.write(archive, replacing: ["word/document.xml": Data(document(xml).utf8)], adding: [])
    }

    func replacing(_ pattern: String, in text: String, with template: String) -> String {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    /// Word's "Accept all changes": deleted runs go, inserted runs stay.
    func acceptAll(_ xml: String) -> String {
        replacing("</?w:ins\\b[^>]*>", in: replacing("<w:del\\b[^>]*>.*?</w:del>", in: xml, with: ""), with: "")
    }

    /// "Reject all changes": inserted runs go, deleted text comes back.
    func rejectAll(_ xml: String) -> String {
        let kept = replacing("</?w:del\\b[^>]*>", in: replacing("<w:ins\\b[^>]*>.*?</w:ins>", in: xml, with: ""), with: "")
        return kept.replacingOccurrences(of: "<w:delText", with: "<w:t").replacingOccurrences(of: "</w:delText>", with: "</w:t>")
    }

    /// Size, bold and italic of every character, paragraph by paragraph (runs may be cut differently).
    func looks(_ source: SourceText) -> [[String]] {
        (source.layout?.paragraphs ?? []).map { paragraph in
            paragraph.runs.flatMap { run in Array(repeating: "\(run.size ?? 0)\(run.bold)\(run.italic)", count: run.end - run.start) }
        }
    }

    func testEveryFindingBecomesOneCommentOnItsExactText() throws {
        let original = try DocxBuilder.build(Self.draftSpec)
        let source = try load(original)
        let findings = linter.lint(source, configuration: Configuration())
        XCTAssertEqual(Set(findings.map(\.ruleID)), ["so-ky-hieu", "tieu-ngu", "date-line", "kinh-gui-format", "luu-line", "end-mark", "header-lines", "paragraph-format"])
        let (written, summary) = try DocxReview.write(data: original, source: source, findings: findings, fixedLines: nil,
                                                      rules: Dictionary(uniqueKeysWithValues: linter.descriptions.map { ($0.id, $0) }), options: Self.fixedDate)
        XCTAssertEqual(summary, DocxReview.Summary(comments: findings.count, trackedChanges: 0, suggestions: 0))

        // The document's text is what it was: comments add no text.
        let reread = try load(written)
        XCTAssertEqual(reread.lines.map(\.original), source.lines.map(\.original))

        let before = try parts(original), after = try parts(written)
        let anchored = anchoredTexts(after["word/document.xml"]!)
        let comments = String(decoding: after["word/comments.xml"]!, as: UTF8.self)
        guard anchored.count == findings.count else { return XCTFail("\(anchored.count) anchored ranges for \(findings.count) findings") }
        for (offset, finding) in findings.enumerated() {
            // Ids follow the findings' order from the first free one.
            let id = anchored.keys.sorted()[offset]
            XCTAssertEqual(anchored[id], text(of: finding.range, in: source), "\(finding.ruleID) at \(finding.range)")
            XCTAssertTrue(comments.contains("w:id=\"\(id)\" w:author=\"doclint\""), "comment \(id)")
        }
        XCTAssertTrue(comments.contains("[tieu-ngu]"), comments)
        XCTAssertTrue(comments.contains("Căn cứ: NĐ 30/2020/NĐ-CP"), comments)

        // Every other part byte for byte; the package gains only what comments need.
        for (name, data) in before where !["word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"].contains(name) {
            XCTAssertEqual(after[name], data, name)
        }
        XCTAssertEqual(Set(after.keys).subtracting(before.keys), ["word/comments.xml"])
        let types = String(decoding: after["[Content_Types].xml"]!, as: UTF8.self)
        XCTAssertEqual(types.replacingOccurrences(of: "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>", with: ""),
                       String(decoding: before["[Content_Types].xml"]!, as: UTF8.self))
        let relationships = String(decoding: after["word/_rels/document.xml.rels"]!, as: UTF8.self)
        XCTAssertTrue(relationships.contains("relationships/comments\" Target=\"comments.xml\""), relationships)
    }

    /// The done-means of the issue on every example as Word writes it (runs of three characters):
    /// one comment per finding on its exact text, the text unchanged, the other parts untouched;
    /// the fixes accepted leave no safe fix, rejected give the original text.
    func testEveryExampleAsAWordFileIsReviewedExactly() throws {
        let folder = repositoryRoot.appendingPathComponent("examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 7)
        var commented = 0, changed = 0
        for name in names {
            let example = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let spec = example.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "{split}" + $0 }.joined(separator: "\n")
            let original = try DocxBuilder.build(spec)
            let source = try load(original)
            let findings = linter.lint(source, configuration: Configuration())
            let fixed = linter.fix(source, configuration: Configuration(), includeUnsafe: false).fixedLines
            let (written, summary) = try DocxReview.write(data: original, source: source, findings: findings, fixedLines: fixed, rules: [:], options: Self.fixedDate)
            XCTAssertEqual(summary.comments, findings.count, name)
            XCTAssertEqual(summary.suggestions, 0, name)
            commented += summary.comments; changed += summary.trackedChanges
            let before = try parts(original), after = try parts(written)
            for (part, data) in before where !["word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"].contains(part) {
                XCTAssertEqual(after[part], data, "\(name) \(part)")
            }
            // Anchors are checked on the rejected copy: the original text with the comment marks.
            let rejected = try rewrite(written, document: rejectAll)
            XCTAssertEqual(try load(rejected).lines.map(\.original), source.lines.map(\.original), name)
            let anchored = anchoredTexts(try parts(rejected)["word/document.xml"]!)
            let ids = anchored.keys.sorted()
            guard ids.count == findings.count else { XCTFail("\(name): \(ids.count) anchors for \(findings.count) findings"); continue }
            for (id, finding) in zip(ids, findings) where finding.range.start.line <= (source.layout?.bodyParagraphCount ?? 0) {
                XCTAssertEqual(anchored[id], text(of: finding.range, in: source), "\(name): \(finding.ruleID) at \(finding.range)")
            }
            let accepted = try load(try rewrite(written, document: acceptAll))
            XCTAssertEqual(accepted.lines.map(\.original), fixed?.map(\.text) ?? source.lines.map(\.original), name)
            XCTAssertEqual(linter.lint(accepted, configuration: Configuration()).filter { $0.fix?.isSafe == true }.map(\.ruleID), [], name)
        }
        XCTAssertGreaterThan(commented, 50)
        XCTAssertGreaterThan(changed, 5)
    }

    func testExistingCommentsAndTheirIdsAreKept() throws {
        var package = try parts(try DocxBuilder.build(Self.draftSpec))
        let theirs = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"\(DocxXML.wordNamespace)\"><w:comment w:id=\"7\" w:author=\"Chánh VP\"><w:p><w:r><w:t>Xem lại số</w:t></w:r></w:p></w:comment></w:comments>"
        package["word/comments.xml"] = Data(theirs.utf8)
        package["word/_rels/document.xml.rels"] = Data(String(decoding: package["word/_rels/document.xml.rels"]!, as: UTF8.self)
            .replacingOccurrences(of: "</Relationships>", with: "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/></Relationships>").utf8)
        package["word/document.xml"] = Data(String(decoding: package["word/document.xml"]!, as: UTF8.self)
            .replacingOccurrences(of: "<w:body>", with: "<w:body><w:p><w:commentRangeStart w:id=\"7\"/><w:r><w:t>Ghi chú</w:t></w:r><w:commentRangeEnd w:id=\"7\"/><w:r><w:commentReference w:id=\"7\"/></w:r></w:p>").utf8)
        let original = try DocxBuilder.zip(package.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        let source = try load(original)
        let findings = linter.lint(source, configuration: Configuration())
        let (written, summary) = try DocxReview.write(data: original, source: source, findings: findings, fixedLines: nil, rules: [:], options: Self.fixedDate)
        XCTAssertEqual(summary.comments, findings.count)
        let after = try parts(written)
        let comments = String(decoding: after["word/comments.xml"]!, as: UTF8.self)
        // Theirs first, unchanged; ours after, numbered above every id in use.
        XCTAssertTrue(comments.hasPrefix(String(theirs.dropLast("</w:comments>".count))), comments)
        XCTAssertTrue(comments.contains("<w:comment w:id=\"8\" w:author=\"doclint\""), comments)
        XCTAssertEqual(after["word/_rels/document.xml.rels"], package["word/_rels/document.xml.rels"])
        XCTAssertEqual(after["[Content_Types].xml"], package["[Content_Types].xml"])
        XCTAssertEqual(anchoredTexts(after["word/document.xml"]!)[7], "Ghi chú")
    }

    func testFixesAreTrackedChangesThatAcceptedLeaveNothingToFixAndRejectedGiveTheOriginal() throws {
        let original = try DocxBuilder.build(Self.draftSpec)
        let source = try load(original)
        let outcome = try linter.reviewDocx(data: original, source: source, configuration: Configuration(), comments: nil, fixes: true,
                                            includeUnsafe: false, options: Self.fixedDate)
        XCTAssertGreaterThanOrEqual(outcome.summary.trackedChanges, 4)
        XCTAssertEqual(outcome.summary.suggestions, 0)
        XCTAssertEqual(outcome.summary.comments, 0)
        let document = String(decoding: try parts(outcome.data)["word/document.xml"]!, as: UTF8.self)
        XCTAssertTrue(document.contains("<w:del w:id="), document)
        XCTAssertTrue(document.contains("w:author=\"doclint\" w:date=\"2026-05-28T"), document)

        // Accepted: the text --fix gives a plain text, and no safe fix is left.
        let accepted = try load(try rewrite(outcome.data, document: acceptAll))
        let textFix = linter.fix(source, configuration: Configuration(), includeUnsafe: false)
        XCTAssertEqual(accepted.lines.map(\.original), textFix.fixedLines!.map(\.text))
        XCTAssertTrue(accepted.lines.contains { $0.original == "Độc lập - Tự do - Hạnh phúc" })
        XCTAssertTrue(accepted.lines.contains { $0.original == "- Lưu: VT, NV." })
        let left = linter.lint(accepted, configuration: Configuration()).filter { $0.fix?.isSafe == true }
        XCTAssertEqual(left.map(\.ruleID), [])
        // Read as it is, the reviewed copy is the accepted text (the loader skips deleted runs).
        XCTAssertEqual(outcome.reviewed.lines.map(\.original), accepted.lines.map(\.original))
        XCTAssertFalse(outcome.remaining.contains { $0.fix?.isSafe == true })

        // Rejected: the original text, and nothing but the text was touched in the runs kept.
        let rejected = try load(try rewrite(outcome.data, document: rejectAll))
        XCTAssertEqual(rejected.lines.map(\.original), source.lines.map(\.original))
        XCTAssertEqual(looks(rejected), looks(source))
        XCTAssertEqual(looks(accepted).count, looks(source).count)
    }

    func testAFixInsideAHyperlinkBecomesASuggestingComment() throws {
        var package = try parts(try DocxBuilder.build("Độc lập – Tự do – Hạnh phúc\nTrang thông tin: bản tin số 3."))
        // The first paragraph's text, as the target of a link.
        var xml = String(decoding: package["word/document.xml"]!, as: UTF8.self)
        xml = xml.replacingCharacters(in: xml.range(of: "<w:pPr></w:pPr><w:r>")!, with: "<w:pPr></w:pPr><w:hyperlink w:anchor=\"top\"><w:r>")
        xml = xml.replacingOccurrences(of: "Hạnh phúc</w:t></w:r>", with: "Hạnh phúc</w:t></w:r></w:hyperlink>")
        package["word/document.xml"] = Data(xml.utf8)
        let original = try DocxBuilder.zip(package.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        let source = try load(original)
        XCTAssertEqual(source.lines.first?.original, "Độc lập – Tự do – Hạnh phúc")
        let outcome = try linter.reviewDocx(data: original, source: source, configuration: Configuration(), comments: nil, fixes: true,
                                            includeUnsafe: false, options: Self.fixedDate)
        XCTAssertEqual(outcome.summary.trackedChanges, 0)
        XCTAssertGreaterThan(outcome.summary.suggestions, 0)
        let after = try parts(outcome.data)
        XCTAssertFalse(String(decoding: after["word/document.xml"]!, as: UTF8.self).contains("<w:del "))
        XCTAssertTrue(String(decoding: after["word/comments.xml"]!, as: UTF8.self).contains("doclint đề xuất sửa «–» thành «-»"))
        XCTAssertEqual(try load(outcome.data).lines.map(\.original), source.lines.map(\.original))
    }

    func testAwkwardMarkupIsAnnotatedAndReadsBack() throws {
        // Escaped characters, an empty paragraph as one tag, a text box inside a run, a field, a
        // footnote, CDATA and a line break inside w:t.
        var package = try parts(try DocxBuilder.build("Kính gửi: Sở Công Thương & Sở Tài chính;\n\nĐoạn có hộp chữ.\nNgày 5/3/2026[^1]\n@footnote 1 Ghi chú."))
        var xml = String(decoding: package["word/document.xml"]!, as: UTF8.self)
        xml = xml.replacingOccurrences(of: "<w:p><w:pPr></w:pPr></w:p>", with: "<w:p w:rsidR=\"00A1\"/>")
        xml = xml.replacingOccurrences(of: ">Đoạn có hộp chữ.</w:t></w:r>", with: ">Đoạn có </w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing><w:t>hộp chữ.</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t><![CDATA[bỏ]]>\r\nx</w:t></w:r>")
        package["word/document.xml"] = Data(xml.utf8)
        let original = try DocxBuilder.zip(package.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        let source = try load(original)
        let findings = linter.lint(source, configuration: Configuration())
        // One finding per line, each over its whole line, whatever the rules say of this text.
        let everywhere = source.lines.map { line in
            Diagnostic(ruleID: "test", severity: .note, message: Message(vi: "dòng \(line.number)", en: "line \(line.number)"),
                       range: SourceRange(start: SourcePosition(line: line.number, column: 1), end: SourcePosition(line: line.number, column: line.original.unicodeScalars.count + 1)))
        }
        for set in [findings, everywhere] {
            let (written, summary) = try DocxReview.write(data: original, source: source, findings: set, fixedLines: nil, rules: [:], options: Self.fixedDate)
            XCTAssertEqual(summary.comments, set.count)
            XCTAssertEqual(try load(written).lines.map(\.original), source.lines.map(\.original))
            let anchored = anchoredTexts(try parts(written)["word/document.xml"]!)
            XCTAssertEqual(anchored.count, set.count)
        }
        let (written, _) = try DocxReview.write(data: original, source: source, findings: everywhere, fixedLines: nil, rules: [:], options: Self.fixedDate)
        let anchored = anchoredTexts(try parts(written)["word/document.xml"]!).sorted { $0.key < $1.key }.map(\.value)
        XCTAssertEqual(anchored[0], "Kính gửi: Sở Công Thương & Sở Tài chính;")
        // The footnote's line is anchored on the first paragraph.
        XCTAssertEqual(anchored.last, anchored[0])
    }

    /// The XML written for a small document — marks inside split runs, tracked changes, comments —
    /// pinned; review a change, then refresh with DOCLINT_UPDATE_GOLDEN=1.
    func testGoldenXMLOfASmallReviewedDocument() throws {
        let original = try DocxBuilder.build("""
        @table
        {size=13}ỦY BAN NHÂN DÂN
        {size=13 b}XÃ HÒA BÌNH
        {size=13}Số: 15/UBND-VP
        {size=12}V/v họp giao ban
        @cell
        {size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        {size=14 b split}Độc lập – Tự do – Hạnh phúc
        {size=14 i split}Hòa Bình, ngày 6 tháng 02 năm 2026
        @end-table
        {split}Kính gửi: Trường Tiểu học Hòa Bình;
        Ủy ban nhân dân xã mời dự họp giao ban tháng 02/2026 vào ngày 10/02/2026./.
        @table
        {size=12 b i}Nơi nhận:
        {size=11}- Như trên;
        {size=11 split}- Lưu VT.
        @cell
        {size=14 b}CHỦ TỊCH

        {size=14 b}Đỗ Thị Lan
        @end-table
        """)
        let source = try load(original)
        let findings = linter.lint(source, configuration: Configuration())
        let fixed = linter.fix(source, configuration: Configuration(), includeUnsafe: false).fixedLines
        let (written, _) = try DocxReview.write(data: original, source: source, findings: findings, fixedLines: fixed,
                                                rules: Dictionary(uniqueKeysWithValues: linter.descriptions.map { ($0.id, $0) }), options: Self.fixedDate)
        let after = try parts(written)
        for (part, golden) in [("word/document.xml", "review-document.xml"), ("word/comments.xml", "review-comments.xml")] {
            let xml = String(decoding: after[part]!, as: UTF8.self)
            let goldenURL = repositoryRoot.appendingPathComponent("Tests/DocLintTests/Golden/\(golden)")
            if ProcessInfo.processInfo.environment["DOCLINT_UPDATE_GOLDEN"] == "1" { try xml.write(to: goldenURL, atomically: true, encoding: .utf8) }
            XCTAssertEqual(xml, try String(contentsOf: goldenURL, encoding: .utf8), part)
        }
    }

    func testDifferencesAreWholeWords() {
        func hunks(_ old: String, _ new: String) -> [String] {
            DocxReview.hunksOf(Array(old.unicodeScalars), Array(new.unicodeScalars)).map { hunk in
                "\(String(String.UnicodeScalarView(Array(old.unicodeScalars)[hunk.range])))→\(String(String.UnicodeScalarView(hunk.replacement)))"
            }
        }
        XCTAssertEqual(hunks("tai Ha Noi ngay 5", "tại Hà Nội ngày 05"), ["tai→tại", "Ha→Hà", "Noi→Nội", "ngay→ngày", "→0"])
        XCTAssertEqual(hunks("- Lưu VT.", "- Lưu: VT."), ["→:"])
        XCTAssertEqual(hunks("abc", "abc"), [])
        XCTAssertEqual(hunks("Kính gửi: Sở Y tế;", "Kính gửi: Sở Y tế."), [";→."])
        XCTAssertEqual(hunks("Sở Tai chinh", "Sở Tài chính"), ["Tai→Tài", "chinh→chính"])
        XCTAssertEqual(hunks("Độc lập – Tự do", "Độc lập - Tự do"), ["–→-"])
    }

    /// A review that cannot be written says why in the clerk's language.
    func testFailuresSpeakBothLanguages() {
        let failure = DocxReview.Failure.textWouldChange(line: 3)
        XCTAssertEqual("\(failure)", failure.message(.vi))
        XCTAssertTrue(failure.message(.vi).contains("đoạn 3"))
        XCTAssertTrue(failure.message(.en).contains("paragraph 3"))
        XCTAssertTrue(DocxReview.Failure.message(of: DocxReview.Failure.unreadablePart("word/document.xml"), .en).hasPrefix("cannot read the part word/document.xml"))
    }
}
