import DocLint

struct FontSizeRule: DocumentRule {
    static let description = RuleDescription(
        id: "font-size",
        name: "Cỡ chữ, kiểu chữ từng thành phần",
        summary: message("Cỡ chữ và kiểu chữ theo bảng mẫu (văn bản của Đảng: bảng của HD 36): Quốc hiệu 12–13 đậm, Tiêu ngữ 13–14 đậm, tên cơ quan 12–13, số 13, ngày tháng 13–14 nghiêng, tên loại 13–14 đậm, V/v 12–13, “Kính gửi” 13–14 đứng, không đậm, nội dung 13–14, “Nơi nhận:” 12 đậm nghiêng, nơi nhận 11, chữ ký 13–14 đậm",
                         "Sizes and styles per component (Party documents: HD 36's table): Quốc hiệu 12–13 bold, Tiêu ngữ 13–14 bold, issuer 12–13, number 13, date 13–14 italic, type name 13–14 bold, V/v 12–13, “Kính gửi” 13–14 upright and regular, body 13–14, “Nơi nhận:” 12 bold italic, its items 11, signature 13–14 bold"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục V (bảng mẫu chữ và chi tiết trình bày thành phần thể thức): mỗi thành phần có khoảng cỡ chữ và kiểu chữ riêng. Thành phần được nhận ra từ chính văn bản (Quốc hiệu, Tiêu ngữ, tên cơ quan, số, ngày, tên loại, V/v, nội dung, Nơi nhận, chữ ký). Văn bản của Đảng theo bảng mẫu của HD 36-HD/VPTW (“ĐẢNG CỘNG SẢN VIỆT NAM” cỡ 15 đậm, tên cơ quan, số, ngày tháng cỡ 14, tên loại 15–16 đậm, nội dung 14–15). Mỗi đoạn báo tối đa một lần. Chỉ áp dụng cho tệp .docx.",
                           "Decree 30/2020, Appendix I, Part I, V (the specimen table): each component has its own size range and style. Components are recognised from the document itself. Party documents follow HD 36-HD/VPTW's table (“ĐẢNG CỘNG SẢN VIỆT NAM” 15 bold; issuer, number, date 14; type name 15–16 bold; body 14–15). At most one finding per paragraph. .docx files only."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục V; HD 36-HD/VPTW",
        category: .layout,
        defaultSeverity: .warning,
        nonTriggering: [
            "@docx\n{size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14 b}Độc lập - Tự do - Hạnh phúc\n\n{size=14}Đề nghị các cơ quan thực hiện./.\n{size=12 b i}Nơi nhận:\n{size=11}- Như trên;\n{size=11}- Lưu: VT, VX.",
            // A Party document follows HD 36's table: “ĐẢNG CỘNG SẢN VIỆT NAM” is 15 pt bold there.
            "@docx\n{size=14 b}TỈNH ỦY LÂM ĐỒNG\n{size=15 b}ĐẢNG CỘNG SẢN VIỆT NAM\n{size=14}Số 12-KH/TU\n\n{size=14}Tỉnh ủy đề nghị các cấp ủy triển khai thực hiện./.",
            // "Kính gửi:" upright and regular; the names may be set as the office sets them.
            "@docx\n{size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14 b}Độc lập - Tự do - Hạnh phúc\n{size=14}Kính gửi: Sở Nội vụ.\n\n{size=14}Đề nghị Sở Nội vụ thực hiện./.",
            // A thông báo's first paragraph, right under its trích yếu, is body text, not bold.
            "@docx\n{size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14 b}Độc lập - Tự do - Hạnh phúc\n{size=14 b center}THÔNG BÁO\n{size=14 b center}Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về chuyển đổi số\n{size=14 both}Sáng ngày 04/3/2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp với các sở, ngành về chuyển đổi số; sau khi nghe báo cáo, Chủ tịch kết luận như sau:",
        ],
        triggering: [
            "@docx\n{size=14 b}↓CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14 b}Độc lập - Tự do - Hạnh phúc",
            "@docx\n{size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14}↓Độc lập - Tự do - Hạnh phúc",
            "@docx\n{size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14 b}Độc lập - Tự do - Hạnh phúc\n{size=14 b}↓Kính gửi: Sở Nội vụ.\n\n{size=14}Đề nghị Sở Nội vụ thực hiện./.",
            "@docx\n{size=14 b}TỈNH ỦY LÂM ĐỒNG\n{size=13 b}↓ĐẢNG CỘNG SẢN VIỆT NAM\n{size=14}Số 12-KH/TU\n\n{size=14}Tỉnh ủy đề nghị các cấp ủy triển khai thực hiện./.",
            "@docx\n{size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14 b}Độc lập - Tự do - Hạnh phúc\n\n{size=12}↓Đề nghị các cơ quan thực hiện./.\n{size=12 b i}Nơi nhận:\n{size=14}↓- Như trên;\n{size=11}- Lưu: VT, VX.",
        ])

    struct Expectation {
        let vi: String, en: String
        /// Half-points.
        let sizes: ClosedRange<Int>
        let bold: Bool
        let italic: Bool
        /// Set upright and regular: bold or italic is itself the slip ("Kính gửi").
        var plain = false
    }

    static func expectation(_ vi: String, _ en: String, _ sizes: ClosedRange<Int>, bold: Bool = false, italic: Bool = false, plain: Bool = false) -> Expectation {
        Expectation(vi: vi, en: en, sizes: (sizes.lowerBound * 2)...(sizes.upperBound * 2), bold: bold, italic: italic, plain: plain)
    }

    /// The sizes and styles of one regime's specimen table, by component.
    struct Table {
        let nationalTitle, motto, issuer, number, placeDate, typeName, summary, subject, noiNhan, recipients, authority, name, kinhGui, body: Expectation
    }

    /// NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục V.
    static let state = Table(
        nationalTitle: expectation("Quốc hiệu", "the national title", 12...13, bold: true),
        motto: expectation("Tiêu ngữ", "the motto", 13...14, bold: true),
        issuer: expectation("tên cơ quan ban hành", "the issuing body", 12...13),
        number: expectation("số, ký hiệu", "the number", 13...13),
        placeDate: expectation("địa danh, ngày tháng", "the place and date", 13...14, italic: true),
        typeName: expectation("tên loại văn bản", "the type name", 13...14, bold: true),
        summary: expectation("trích yếu", "the summary", 13...14, bold: true),
        subject: expectation("trích yếu “V/v”", "the “V/v” summary", 12...13),
        noiNhan: expectation("chữ “Nơi nhận:”", "“Nơi nhận:”", 12...12, bold: true, italic: true),
        recipients: expectation("tên nơi nhận", "the recipients", 11...11),
        authority: expectation("thẩm quyền, chức vụ người ký", "the authority and title", 13...14, bold: true),
        name: expectation("họ tên người ký", "the signer's name", 13...14, bold: true),
        kinhGui: expectation("Kính gửi", "Kính gửi", 13...14, plain: true),
        body: expectation("nội dung", "the body", 13...14))

    /// HD 36-HD/VPTW's specimen for Party documents: “ĐẢNG CỘNG SẢN VIỆT NAM” 15 bold, the rest 14
    /// (type name 15–16, body 14–15). Where the specimen is known only second-hand (the công văn's
    /// trích yếu, Nơi nhận), the range is kept wide rather than guessed: a false alarm costs more.
    static let party = Table(
        nationalTitle: expectation("“ĐẢNG CỘNG SẢN VIỆT NAM”", "“ĐẢNG CỘNG SẢN VIỆT NAM”", 15...15, bold: true),
        motto: expectation("Tiêu ngữ", "the motto", 13...15, bold: true),
        issuer: expectation("tên cơ quan ban hành", "the issuing body", 14...14),
        number: expectation("số, ký hiệu", "the number", 14...14),
        placeDate: expectation("địa danh, ngày tháng", "the place and date", 14...14, italic: true),
        typeName: expectation("tên loại văn bản", "the type name", 15...16, bold: true),
        summary: expectation("trích yếu", "the summary", 14...15, bold: true),
        subject: expectation("trích yếu công văn", "the công văn summary", 12...14),
        noiNhan: expectation("chữ “Nơi nhận:”", "“Nơi nhận:”", 12...14),
        recipients: expectation("tên nơi nhận", "the recipients", 11...12),
        authority: expectation("thẩm quyền, chức vụ người ký", "the authority and title", 14...14, bold: true),
        name: expectation("họ tên người ký", "the signer's name", 14...14, bold: true),
        kinhGui: expectation("Kính gửi", "Kính gửi", 14...15, plain: true),
        body: expectation("nội dung", "the body", 14...15))

    /// Which component each line is, from the parse.
    func components(_ document: Document) -> [Int: Expectation] {
        let table = document.regime == .party ? Self.party : Self.state
        var map: [Int: Expectation] = [:]
        func set(_ lines: [Int], _ expectation: Expectation) { for line in lines where map[line] == nil { map[line] = expectation } }
        if let title = document.header.nationalTitle { set([title.span.startLine], table.nationalTitle) }
        if let motto = document.header.motto { set([motto.span.startLine], table.motto) }
        set(document.header.issuer.map(\.span.startLine), table.issuer)
        if let number = document.header.number { set([number.span.startLine], table.number) }
        if let date = document.header.placeDate { set([date.span.startLine], table.placeDate) }
        if let title = document.title {
            set([title.span.startLine], table.typeName)
            set(title.summaryLines.map { $0 - 1 }, table.summary)
        }
        if let subject = document.subject { set(Array(subject.span.startLine...subject.span.endLine), table.subject) }
        if let noiNhan = document.noiNhan { set([noiNhan.span.startLine], table.noiNhan) }
        set(document.distribution.flatMap { Array($0.span.startLine...$0.span.endLine) }, table.recipients)
        if let signature = document.signature {
            set(signature.chain.map(\.span.startLine), table.authority)
            if let name = signature.nameLine { set([name.span.startLine], table.name) }
        }
        // "Kính gửi:" upright and regular (the specimen table of Phụ lục I); the recipients' own lines
        // only by size: offices differ in how they set the names.
        if let kinhGui = document.kinhGui {
            set([kinhGui.span.startLine], table.kinhGui)
            var names = table.kinhGui
            names.plain = false
            set(document.recipients.flatMap { Array($0.span.startLine...$0.span.endLine) }, names)
        }
        set(document.proseLines, table.body)
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
                if expectation.plain && run.bold { problemsVI.append("không in đậm"); problemsEN.append("must not be bold") }
                if expectation.plain && run.italic { problemsVI.append("không in nghiêng"); problemsEN.append("must not be italic") }
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
