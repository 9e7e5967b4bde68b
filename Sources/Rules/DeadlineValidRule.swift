import DocLint

struct DeadlineValidRule: DocumentRule {
    static let description = RuleDescription(
        id: "deadline-valid",
        name: "Thời hạn là ngày có thật, sau ngày ban hành",
        summary: message("Thời hạn là ngày có thật (không có 31/02) và không trước ngày ban hành văn bản", "A deadline is a real date (no 31/02) and not before the document's own date"),
        rationale: message("Nguyên tắc “6 rõ” — rõ thời gian (QĐ 2179/QĐ-TTg ngày 06/10/2025); Bộ luật Dân sự 2015, Điều 146–148 về cách tính thời hạn: một thời hạn không có thật hoặc đã qua khi văn bản được ban hành thì không thể thực hiện. Bản dự thảo chưa có ngày ban hành chỉ được kiểm tra ngày có thật.",
                           "The “6 rõ” principle — clear time (Decision 2179/QĐ-TTg); Civil Code 2015, Art. 146–148 on computing time limits: a deadline that does not exist, or passed before the document was issued, cannot be met. Undated drafts are checked for impossible dates only."),
        source: "Nguyên tắc “6 rõ”; Bộ luật Dân sự 2015, Điều 146–148",
        category: .tasks,
        defaultSeverity: .error,
        nonTriggering: [
            "Số: 15/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n\n1. Giao Sở Nội vụ rà soát hồ sơ; hoàn thành trước ngày 15/4/2026.",
            // A recurring task: yearless dates are the next occurrences, not dates in the past.
            "Số: 15/UBND-VX          Lâm Đồng, ngày 05 tháng 8 năm 2026\nV/v báo cáo\n\n1. Giao Sở Nội vụ báo cáo định kỳ 6 tháng (trước ngày 20/6 và 20/12 hằng năm).",
            // A date without its year in a December text is next January's.
            "Số: 15/UBND-VX          Lâm Đồng, ngày 14 tháng 12 năm 2026\nV/v rà soát\n\n1. Giao Sở Nội vụ rà soát hồ sơ; hoàn thành trước ngày 15/01.",
            // "đến ngày …" before the document's date states a position, not a deadline.
            "Số: 15/UBND-VX          Lâm Đồng, ngày 05 tháng 11 năm 2026\nV/v giải ngân\n\n1. Sở Tài chính chủ trì, đến ngày 31/10/2026 giải ngân đạt 60%; hoàn thành trước ngày 15/12/2026.",
        ],
        triggering: [
            "Số: 15/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n\n1. Giao Sở Nội vụ rà soát hồ sơ; hoàn thành trước ngày ↓31/02/2026.",
            "Số: 15/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n\n1. Giao Sở Nội vụ rà soát hồ sơ; hoàn thành trước ngày ↓15/02/2026.",
            // The request closes an opening sentence; its items follow as dashes.
            "Số: 16/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát hồ sơ\n\nThực hiện chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh, Văn phòng đề nghị các sở, ban, ngành:\n- Rà soát hồ sơ tồn đọng;\n- Gửi kết quả về Văn phòng trước ngày ↓28/02/2026.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // A deadline shared by a task and its sub-tasks is checked once.
        var seen = Set<TextSpan>(minimumCapacity: document.tasks.count)
        for task in document.tasks {
            for deadline in task.deadlines where seen.insert(deadline.span).inserted {
                guard let written = deadline.writtenDate else { continue }
                let range = document.range(Self.dateSpan(document, deadline))
                guard let date = written.civil else {
                    diagnostics.append(context.diagnostic(message("thời hạn “\(written.day)/\(written.month)/\(written.year)” không phải ngày có thật", "the deadline “\(written.day)/\(written.month)/\(written.year)” is not a real date"), range))
                    continue
                }
                if let issued = document.issueDate, date < issued {
                    diagnostics.append(context.diagnostic(message("thời hạn \(date.vietnamese) trước ngày ban hành văn bản (\(issued.vietnamese))", "the deadline \(date.vietnamese) falls before the document's date (\(issued.vietnamese))"), range))
                }
            }
        }
        return diagnostics
    }

    /// The date digits inside the deadline phrase ("trước ngày 31/02/2026" → "31/02/2026").
    static func dateSpan(_ document: Document, _ deadline: Deadline) -> TextSpan {
        let line = document.source.lines[deadline.span.startLine]
        var start = deadline.span.startColumn
        let end = deadline.span.startLine == deadline.span.endLine ? deadline.span.endColumn : line.scalars.count
        while start < end, !(line.scalars[start].value >= 0x30 && line.scalars[start].value <= 0x39) { start += 1 }
        return start < end ? TextSpan(line: deadline.span.startLine, columns: start..<end) : deadline.span
    }
}
