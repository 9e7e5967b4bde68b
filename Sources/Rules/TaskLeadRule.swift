import DocLint

struct TaskLeadRule: DocumentRule {
    static let description = RuleDescription(
        id: "task-lead",
        name: "Nhiệm vụ rõ cơ quan chủ trì",
        summary: message("Nhiệm vụ giao nhiều cơ quan có đúng một cơ quan chủ trì", "A task shared by several bodies names exactly one lead (“chủ trì”)"),
        rationale: message("Nguyên tắc “6 rõ” — rõ người, rõ trách nhiệm (QĐ 2179/QĐ-TTg ngày 06/10/2025): khi nhiều cơ quan cùng thực hiện một việc, phải chỉ rõ một cơ quan chủ trì, các cơ quan khác phối hợp; hai cơ quan cùng “chủ trì” hoặc có “phối hợp” mà không có ai chủ trì thì không quy được trách nhiệm.",
                           "The “6 rõ” principle — clear person, clear responsibility (Decision 2179/QĐ-TTg of 06/10/2025): when several bodies share a task, exactly one leads and the others support; two leads, or support without a lead, leaves no one accountable."),
        source: "Nguyên tắc “6 rõ”; QĐ 2179/QĐ-TTg ngày 06/10/2025",
        category: .tasks,
        defaultSeverity: .warning,
        nonTriggering: [
            "1. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát hồ sơ; hoàn thành trước ngày 15/4/2026.",
            "1. Giao Sở Tài chính bố trí kinh phí trong tháng 5/2026.",
            "1. Giao Công an tỉnh phối hợp với Sở Khoa học và Công nghệ bảo đảm an toàn thông tin; báo cáo trong quý II/2026.",
        ],
        triggering: [
            "↓1. Giao Sở Nội vụ chủ trì, Sở Tài chính chủ trì rà soát hồ sơ; hoàn thành trước ngày 15/4/2026.",
            "↓1. Giao Sở Nội vụ, Sở Tài chính phối hợp rà soát hồ sơ; hoàn thành trước ngày 15/4/2026.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        document.tasks.compactMap { task in
            let line = document.source.lines[task.span.startLine]
            let range = document.range(TextSpan(line: task.span.startLine, columns: line.indentation..<line.trimmedEnd))
            let leads = task.leadMentions.count > 1 ? Array(Set(task.leadMentions)).sorted() : task.leadMentions
            if leads.count > 1 {
                let names = leads.joined(separator: ", ")
                return context.diagnostic(message("nhiệm vụ có \(leads.count) cơ quan cùng chủ trì (\(names)); chỉ giao một cơ quan chủ trì, các cơ quan khác phối hợp",
                                                  "the task has \(leads.count) leads (\(names)); name one lead and let the others support"), range)
            }
            // "Giao Sở A, Sở B phối hợp thực hiện": several subjects, nobody leads. "Giao Sở A phối hợp
            // với Sở B" is fine — the subject leads.
            guard task.assignees.count >= 2, task.lead == nil, leads.isEmpty else { return nil }
            let folded = VietnameseFold.fold(task.text)
            guard let cooperate = folded.range(of: "phoi hop"),
                  !folded[cooperate.upperBound...].hasPrefix(" voi") else { return nil }
            let before = folded[..<cooperate.lowerBound]
            let subjects = task.assignees.filter { before.contains(VietnameseFold.fold($0)) }
            guard subjects.count >= 2 else { return nil }
            let names = subjects.joined(separator: ", ")
            return context.diagnostic(message("nhiệm vụ giao nhiều cơ quan (\(names)) có phối hợp nhưng chưa rõ cơ quan chủ trì",
                                              "the task names several bodies (\(names)) and support but no lead"), range)
        }
    }
}
