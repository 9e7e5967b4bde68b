import DocLint

struct FontSizeRule: DocumentRule {
    static let description = RuleDescription(
        id: "font-size",
        name: "Cỡ chữ, kiểu chữ từng thành phần",
        summary: message("Cỡ chữ và kiểu chữ theo bảng mẫu: Quốc hiệu 12–13 đậm, Tiêu ngữ 13–14 đậm, tên cơ quan 12–13, số 13, ngày tháng 13–14 nghiêng, tên loại 13–14 đậm, V/v 12–13, nội dung 13–14, “Nơi nhận:” 12 đậm nghiêng, nơi nhận 11, chữ ký 13–14 đậm",
                         "Sizes and styles per component: Quốc hiệu 12–13 bold, Tiêu ngữ 13–14 bold, issuer 12–13, number 13, date 13–14 italic, type name 13–14 bold, V/v 12–13, body 13–14, “Nơi nhận:” 12 bold italic, its items 11, signature 13–14 bold"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục V (bảng mẫu chữ và chi tiết trình bày thành phần thể thức): mỗi thành phần có khoảng cỡ chữ và kiểu chữ riêng. Thành phần được nhận ra từ chính văn bản (Quốc hiệu, Tiêu ngữ, tên cơ quan, số, ngày, tên loại, V/v, nội dung, Nơi nhận, chữ ký). Mỗi đoạn báo tối đa một lần. Chỉ áp dụng cho tệp .docx.",
                           "Decree 30/2020, Appendix I, Part I, V (the specimen table): each component has its own size range and style. Components are recognised from the document itself. At most one finding per paragraph. .docx files only."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục V",
        category: .layout,
        defaultSeverity: .warning,
        nonTriggering: [
            "@docx\n{size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14 b}Độc lập - Tự do - Hạnh phúc\n\n{size=14}Đề nghị các cơ quan thực hiện./.\n{size=12 b i}Nơi nhận:\n{size=11}- Như trên;\n{size=11}- Lưu: VT, VX.",
            // A thông báo's first paragraph, right under its trích yếu, is body text, not bold.
            "@docx\n{size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14 b}Độc lập - Tự do - Hạnh phúc\n{size=14 b center}THÔNG BÁO\n{size=14 b center}Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về chuyển đổi số\n{size=14 both}Sáng ngày 04/3/2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp với các sở, ngành về chuyển đổi số; sau khi nghe báo cáo, Chủ tịch kết luận như sau:",
        ],
        triggering: [
            "@docx\n{size=14 b}↓CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14 b}Độc lập - Tự do - Hạnh phúc",
            "@docx\n{size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14}↓Độc lập - Tự do - Hạnh phúc",
            "@docx\n{size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14 b}Độc lập - Tự do - Hạnh phúc\n\n{size=12}↓Đề nghị các cơ quan thực hiện./.\n{size=12 b i}Nơi nhận:\n{size=14}↓- Như trên;\n{size=11}- Lưu: VT, VX.",
        ])

    struct Expectation {
        let vi: String, en: String
        /// Half-points.
        let sizes: ClosedRange<Int>
        let bold: Bool
        let italic: Bool
    }

    static func expectation(_ vi: String, _ en: String, _ sizes: ClosedRange<Int>, bold: Bool = false, italic: Bool = false) -> Expectation {
        Expectation(vi: vi, en: en, sizes: (sizes.lowerBound * 2)...(sizes.upperBound * 2), bold: bold, italic: italic)
    }

    /// Which component each line is, from the parse.
    func components(_ document: Document) -> [Int: Expectation] {
        var map: [Int: Expectation] = [:]
        func set(_ lines: [Int], _ expectation: Expectation) { for line in lines where map[line] == nil { map[line] = expectation } }
        if let title = document.header.nationalTitle { set([title.span.startLine], Self.expectation("Quốc hiệu", "the national title", 12...13, bold: true)) }
        if let motto = document.header.motto { set([motto.span.startLine], Self.expectation("Tiêu ngữ", "the motto", 13...14, bold: true)) }
        set(document.header.issuer.map(\.span.startLine), Self.expectation("tên cơ quan ban hành", "the issuing body", 12...13))
        if let number = document.header.number { set([number.span.startLine], Self.expectation("số, ký hiệu", "the number", 13...13)) }
        if let date = document.header.placeDate { set([date.span.startLine], Self.expectation("địa danh, ngày tháng", "the place and date", 13...14, italic: true)) }
        if let title = document.title {
            set([title.span.startLine], Self.expectation("tên loại văn bản", "the type name", 13...14, bold: true))
            set(title.summaryLines.map { $0 - 1 }, Self.expectation("trích yếu", "the summary", 13...14, bold: true))
        }
        if let subject = document.subject { set(Array(subject.span.startLine...subject.span.endLine), Self.expectation("trích yếu “V/v”", "the “V/v” summary", 12...13)) }
        if let noiNhan = document.noiNhan { set([noiNhan.span.startLine], Self.expectation("chữ “Nơi nhận:”", "“Nơi nhận:”", 12...12, bold: true, italic: true)) }
        set(document.distribution.flatMap { Array($0.span.startLine...$0.span.endLine) }, Self.expectation("tên nơi nhận", "the recipients", 11...11))
        if let signature = document.signature {
            set(signature.chain.map(\.span.startLine), Self.expectation("thẩm quyền, chức vụ người ký", "the authority and title", 13...14, bold: true))
            if let name = signature.nameLine { set([name.span.startLine], Self.expectation("họ tên người ký", "the signer's name", 13...14, bold: true)) }
        }
        if let kinhGui = document.kinhGui { set([kinhGui.span.startLine] + document.recipients.flatMap { Array($0.span.startLine...$0.span.endLine) }, Self.expectation("Kính gửi", "Kính gửi", 13...14)) }
        set(document.proseLines, Self.expectation("nội dung", "the body", 13...14))
        return map
    }

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let layout = document.source.layout else { return [] }
        let expected = components(document)
        var diagnostics: [Diagnostic] = []
        for paragraph in layout.paragraphs {
            guard let expectation = expected[paragraph.line] else { continue }
            let scalars = Array(document.source.lines[paragraph.line].original.unicodeScalars)
            for run in paragraph.runs where (run.start..<min(run.end, scalars.count)).contains(where: { !scalars[$0].isWhitespaceFast }) {
                var problemsVI: [String] = [], problemsEN: [String] = []
                if let size = run.size, !expectation.sizes.contains(size) {
                    let range = expectation.sizes.lowerBound == expectation.sizes.upperBound ? "\(expectation.sizes.lowerBound / 2)" : "\(expectation.sizes.lowerBound / 2)–\(expectation.sizes.upperBound / 2)"
                    problemsVI.append("cỡ \(Self.points(size)) (đúng: \(range))"); problemsEN.append("size \(Self.points(size)) (expected \(range))")
                }
                if expectation.bold && !run.bold { problemsVI.append("chưa in đậm"); problemsEN.append("not bold") }
                if expectation.italic && !run.italic { problemsVI.append("chưa in nghiêng"); problemsEN.append("not italic") }
                guard !problemsVI.isEmpty else { continue }
                diagnostics.append(context.diagnostic(message("\(expectation.vi): \(problemsVI.joined(separator: ", "))", "\(expectation.en): \(problemsEN.joined(separator: ", "))"),
                                                      document.paragraphPosition(line: paragraph.line, column: run.start)))
                break
            }
        }
        return diagnostics
    }

    static func points(_ halfPoints: Int) -> String {
        halfPoints % 2 == 0 ? "\(halfPoints / 2)" : "\(halfPoints / 2),5"
    }
}
