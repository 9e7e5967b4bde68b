import DocLint
import Foundation

struct StrayTextRule: DocumentRule {
    static let description = RuleDescription(
        id: "stray-text",
        name: "Đường dẫn, tên tệp soạn thảo còn sót",
        summary: message("Văn bản không còn đường dẫn hay tên tệp của bản soạn thảo (“D:\\VAN BAN\\…docx”)",
                         "No file path or draft file name is left in the text (“D:\\VAN BAN\\…docx”)"),
        rationale: message("NĐ 30/2020/NĐ-CP, Điều 8 và Phụ lục I: văn bản chỉ gồm các thành phần thể thức quy định; đường dẫn tệp trên máy người soạn (ổ đĩa “D:\\…”, thư mục mạng “\\\\máy chủ\\…”) hay tên tệp “….docx” in ở cuối trang là phần thừa của bản soạn thảo, phải xóa trước khi ký.",
                           "Decree 30/2020, Art. 8 and Appendix I: a document holds only the prescribed parts; a path on the drafter's machine (a drive “D:\\…”, a share “\\\\server\\…”) or a “….docx” file name printed at the foot is a leftover of the draft, to delete before signing."),
        source: "NĐ 30/2020/NĐ-CP, Điều 8; Phụ lục I",
        category: .text,
        defaultSeverity: .warning,
        nonTriggering: [
            "Hồ sơ gửi qua Hệ thống quản lý văn bản, đồng thời gửi bản điện tử về địa chỉ vanthu@sonoivu.gov.vn.",
            "Tra cứu tại https://dichvucong.gov.vn/p/home/dvc-trang-chu.html; biểu mẫu kèm theo Kế hoạch.",
            "Tỷ lệ đạt 95%; tỷ số 3:1; nhóm A:B.",
            "Phụ lục: Biểu mẫu số 01 (tệp Excel đính kèm bieumau01.xlsx gửi qua thư điện tử).\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.",
        ],
        triggering: [
            "Đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n↓D:\\VAN BAN 2027\\cong van ra soat (ban trinh ky).docx",
            "Đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n↓\\\\192.168.1.5\\VanThu\\2027\\CV ra soat.doc",
            "Đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n↓KH ra soat ho so - ban 3.docx",
        ])

    /// Folded, as the line's key holds them (an OCR view's ".đốc" folds to ".doc" too).
    static let draftExtensions = [".docx", ".doc", ".xlsx", ".xls", ".odt", ".rtf", ".pdf"].map { Array($0.utf8) }
    static let insideSentence = [" tai ", "http"].map { Array($0.utf8) }

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        let lines = document.source.lines
        // A file name alone on a line counts only at the foot, where a word processor prints it.
        let lastLines = Array(lines.indices.reversed().lazy.filter { !lines[$0].isBlank }.prefix(2))
        var diagnostics: [Diagnostic] = []
        for (index, line) in lines.enumerated() where !line.isBlank {
            let scalars = line.scalars
            let end = line.trimmedEnd
            var found: Int?
            // Cheap first: a path needs a backslash; a file name at the foot needs its extension.
            if line.folded.withUnsafeBufferPointer({ $0.baseAddress.map { memchr($0, 0x5C, line.folded.count) != nil } ?? false }) {
                var column = line.indentation
                while column + 2 < end, found == nil {
                    let opensWord = column == line.indentation || scalars[column - 1].isWhitespaceFast || scalars[column - 1] == "(" || scalars[column - 1] == "“"
                    let drive = scalars[column].isASCII && scalars[column].properties.isAlphabetic && scalars[column + 1] == ":" && scalars[column + 2] == "\\"
                    let share = scalars[column] == "\\" && scalars[column + 1] == "\\" && (scalars[column + 2].isASCII && (scalars[column + 2].properties.isAlphabetic || ("0"..."9").contains(scalars[column + 2])))
                    if opensWord, drive || share { found = column }
                    column += 1
                }
            }
            if found == nil, lastLines.contains(index), end - line.indentation <= 120 {
                let text = line.folded[line.indentation..<end]
                if Self.draftExtensions.contains(where: { text.count > $0.count && text.suffix($0.count).equals($0) }),
                   !Self.insideSentence.contains(where: { Array(text).containsBytes($0) }) { found = line.indentation }
            }
            guard let start = found else { continue }
            // Quoted as written (an OCR view of the line may read the name's words as Vietnamese).
            let written = line.original.scalarArray
            let shown = start == line.indentation ? line.original.trimmingWhitespace
                : String(scalars: written[min(line.originalColumn(start), written.count)...]).trimmingWhitespace
            diagnostics.append(context.diagnostic(
                message("còn sót đường dẫn hoặc tên tệp của bản soạn thảo “\(shown)”: xóa trước khi ký", "a file path or draft file name is left in the text, “\(shown)”: delete it before signing"),
                document.range(TextSpan(line: index, columns: start..<end))))
        }
        return diagnostics
    }
}
