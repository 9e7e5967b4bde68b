import DocLint

struct OversizedLineRule: DocumentRule {
    static let description = RuleDescription(
        id: "oversized-line",
        name: "Dòng quá dài",
        summary: message("Báo một lần khi văn bản có dòng dài hơn 20.000 ký tự: các quy tắc đọc từng từ bỏ qua dòng đó", "Says once that a line is longer than 20,000 characters: word-by-word rules skip it"),
        rationale: message("Một đoạn văn bản hành chính không dài tới 20.000 ký tự; dòng như vậy thường là dữ liệu dán vào hoặc tệp bị nối thành một dòng. Để thời gian kiểm tra luôn có giới hạn, các quy tắc đọc từng từ bỏ qua dòng này; quy tắc này cho người dùng biết thay vì im lặng (linter-conventions: không báo sai, không treo).",
                           "No administrative paragraph reaches 20,000 characters; such a line is pasted data or a file glued into one line. To keep time bounded, word-by-word rules skip it; this rule says so instead of staying silent."),
        source: "Giới hạn xử lý của doclint (không phải quy định thể thức)",
        category: .text,
        defaultSeverity: .note,
        nonTriggering: ["Ủy ban nhân dân tỉnh giao Sở Nội vụ hướng dẫn các cơ quan rà soát hồ sơ."],
        triggering: ["Mở đầu.\n↓" + String(repeating: "Kế hoạch ", count: 2_300)])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        let long = document.source.lines.filter(\.isOversized)
        guard let first = long.first else { return [] }
        let more = long.count > 1 ? " (và \(long.count - 1) dòng khác)" : ""
        let moreEN = long.count > 1 ? " (and \(long.count - 1) more lines)" : ""
        return [context.diagnostic(message("dòng \(first.number) dài \(first.originalScalarCount) ký tự\(more); các quy tắc đọc từng từ đã bỏ qua dòng này",
                                           "line \(first.number) is \(first.originalScalarCount) characters long\(moreEN); word-by-word rules skipped it"),
                                   SourceRange(start: SourcePosition(line: first.number, column: 1), end: SourcePosition(line: first.number, column: 2)))]
    }
}
