import DocLint

struct CapitalizationDocumentTypeRule: DocumentRule {
    static let description = RuleDescription(
        id: "capitalization-document-type",
        name: "Viết hoa tên loại văn bản được viện dẫn",
        summary: message("Tên loại văn bản viện dẫn kèm số, ký hiệu viết hoa chữ cái đầu (“Nghị định số 30/2020/NĐ-CP”), không viết thường (“nghị định số”) hay viết hoa mọi chữ (“Quyết Định số”); tên luật viết hoa chữ đầu tên (“Luật Tổ chức chính quyền địa phương”)",
                         "A document type cited with its number capitalises its first letter only (“Nghị định số 30/2020/NĐ-CP”), not lower case (“nghị định số”) nor every word (“Quyết Định số”); a law's name capitalises its first word (“Luật Tổ chức chính quyền địa phương”)"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục II, mục II.3 (viết hoa trong trường hợp viện dẫn: viết hoa chữ cái đầu của tên loại văn bản — “Nghị định số 30/2020/NĐ-CP”, “Quyết định số …”; tên luật, pháp lệnh viết hoa chữ cái đầu của tên — “Luật Tổ chức Chính phủ”, “Luật Đất đai”). “Công văn số”, “văn bản số” không phải tên loại được viện dẫn theo mục này nên không xét; tên luật viết thường chỉ báo (ghi chú) với các tên luật thông dụng.",
                           "Decree 30/2020, Appendix II, II.3 (capitals in citations: the first letter of the document type — “Nghị định số 30/2020/NĐ-CP”, “Quyết định số …”; the first letter of a law's or ordinance's name — “Luật Tổ chức Chính phủ”, “Luật Đất đai”). “công văn số”, “văn bản số” are not document types in that sense and are not judged; a law's name in lower case is a note, for the common law names only."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục II, mục II.3",
        category: .references,
        defaultSeverity: .note,
        needsExactText: true,
        nonTriggering: [
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nThực hiện công văn số 15/UBND-VX ngày 12/01/2026 của Ủy ban nhân dân tỉnh;",
            "QUYẾT ĐỊNH SỐ 12/QĐ-UBND NGÀY 05/01/2026 VỀ VIỆC BAN HÀNH QUY CHẾ",
            "Theo quy định của luật, các luật chuyên ngành và Luật sửa đổi, bổ sung một số điều của Luật Đất đai;",
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025;",
        ],
        triggering: [
            "Thực hiện ↓quyết định số 12/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh;",
            "Căn cứ ↓Nghị Định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;",
            "Căn cứ Luật ↓tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        ],
        corrections: [
            RuleCorrection("Thực hiện quyết định số 12/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh;",
                           "Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh;"),
        ])

    /// Type words a citation may carry that are not document types of Phụ lục II.3, and "luật" in
    /// lower case: the end of a law's name ("… quy phạm pháp luật số 64/2025/QH15"), not its type.
    static let notTypes: Set<String> = ["công văn", "văn bản", "công điện"]
    static let lowerCaseNotTypes: Set<String> = ["luật"]

    /// Words that open the names of common laws, folded: "Luật tổ chức …" should read "Luật Tổ chức …".
    static let lawNameOpenings: Set<String> = [
        "to chuc", "ban hanh", "can bo", "vien chuc", "dat dai", "ngan sach", "dau tu", "xay dung", "doanh nghiep", "giao duc",
        "thi dua", "khieu nai", "to cao", "xu ly", "quy hoach", "luu tru", "du tru", "thanh tra", "phong", "bao ve", "ke toan",
        "kiem toan", "thong ke", "dau thau", "nha o", "kinh doanh", "quan ly", "thuc hanh", "tiep cong dan", "tiep can", "pho bien",
        "hoa giai", "ho tich", "cong chung", "bao hiem", "giao thong", "lam nghiep", "thuy san", "trong trot", "chan nuoi", "dien luc",
        "an ninh", "an toan", "hop tac xa", "chuyen doi so", "cong nghe", "khoa hoc", "di san", "bao chi", "tin nguong", "thue",
    ]
    static let lawOpeningKeys: (single: Set<String>, double: Set<String>) = (
        Set(lawNameOpenings.filter { !$0.contains(" ") }), Set(lawNameOpenings.filter { $0.contains(" ") }))

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for reference in document.references {
            guard let typeWord = reference.typeWord, reference.span.startLine < document.source.lines.count else { continue }
            let line = document.source.lines[reference.span.startLine]
            let start = reference.span.startColumn
            let written = Array(typeWord.unicodeScalars)
            // The type word as it stands on the line (a citation may run over two lines).
            guard start + written.count <= line.scalars.count, line.scalars[start..<(start + written.count)].elementsEqual(written),
                  !Self.notTypes.contains(typeWord.lowercased()), !Self.lowerCaseNotTypes.contains(typeWord), !Letters.isAllCapitals(written[...]) else { continue }
            let expected = Letters.matchingCase(typeWord.lowercased(), as: "X")
            guard typeWord != expected else { continue }
            let range = document.range(TextSpan(line: reference.span.startLine, columns: start..<(start + written.count)))
            diagnostics.append(context.diagnostic(
                message("tên loại văn bản được viện dẫn “\(typeWord)” viết hoa chữ cái đầu: “\(expected)”", "the cited document type “\(typeWord)” capitalises its first letter only: “\(expected)”"),
                range, fix: Fix(message: message("viết “\(expected)”", "write “\(expected)”"), edits: [TextEdit(range: range, replacement: expected)])))
        }
        diagnostics += lawNames(document, context)
        return diagnostics
    }

    /// "Luật" followed by a common law name in lower case: a note, the name's first letter raised.
    func lawNames(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let (single, double) = Self.lawOpeningKeys
        for index in document.proseLines {
            let line = document.source.lines[index]
            let words = line.letterWords
            for position in words.indices.dropLast() {
                let word = words[position], next = words[position + 1]
                // "Luật" as written (a capital L, four letters folded "luat"), one space, a lower-case word.
                guard word.count == 4, line.scalars[word.lowerBound] == "L", line.folded[word].equals("luat"),
                      next.lowerBound == word.upperBound + 1, line.scalars[word.upperBound] == " ",
                      line.scalars[next.lowerBound].isLowercaseFast else { continue }
                let first = String(decoding: line.folded[next], as: UTF8.self)
                let two = position + 2 < words.count && words[position + 2].lowerBound == next.upperBound + 1
                    ? first + " " + String(decoding: line.folded[words[position + 2]], as: UTF8.self) : ""
                guard single.contains(first) || double.contains(two) else { continue }
                let written = line.slice(next)
                let expected = Letters.matchingCase(written, as: "X")
                let range = document.range(TextSpan(line: index, columns: next))
                diagnostics.append(context.diagnostic(
                    message("tên luật viết hoa chữ cái đầu của tên: “Luật \(expected)…”", "a law's name capitalises its first word: “Luật \(expected)…”"),
                    range, fix: Fix(message: message("viết “\(expected)”", "write “\(expected)”"), edits: [TextEdit(range: range, replacement: expected)]),
))
            }
        }
        return diagnostics
    }
}
