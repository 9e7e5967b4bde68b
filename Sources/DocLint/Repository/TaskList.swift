import Foundation

/// One assigned task as a follow-up list shows it (theo dõi, đôn đốc).
public struct TaskRow: Sendable, Codable, Equatable {
    public var file: String
    public var code: String?
    public var documentDate: String?
    public var section: String?
    public var line: Int
    public var assignees: [String]
    public var lead: String?
    public var task: String
    public var deadlineText: String?
    /// The last day to finish, moved off weekends and holidays (Bộ luật Dân sự 2015, Điều 146–148); nil when none.
    public var due: String?
    /// "no-deadline", "invalid-date" (31/02…), "recurring" or "ongoing" when there is no due date.
    public var flag: String?
    public var product: String?

    enum CodingKeys: String, CodingKey { case file, code, documentDate = "document_date", section, line, assignees, lead, task, deadlineText = "deadline_text", due, flag, product }

    public static func rows(_ document: Document, calendar: WorkCalendar) -> [TaskRow] {
        let entry = RegisterEntry(document)
        return document.tasks.map { task in
            var due: String?
            var flag: String?
            if let deadline = task.deadline {
                switch deadline.kind {
                case .recurring: flag = "recurring"
                case .ongoing: flag = "ongoing"
                case .relative: flag = "relative"
                default:
                    if let date = deadline.date.flatMap(CivilDate.init(iso:)) { due = calendar.nextWorkingDay(onOrAfter: date).iso }
                    else { flag = deadline.writtenDate != nil ? "invalid-date" : "no-deadline" }
                }
            } else {
                flag = "no-deadline"
            }
            return TaskRow(file: document.file, code: entry.code, documentDate: entry.date, section: task.section, line: task.line,
                           assignees: task.assignees, lead: task.lead, task: task.text, deadlineText: task.deadline?.text, due: due,
                           flag: flag, product: product(task.text))
        }
    }

    /// The deliverable, when the text names one ("báo cáo", "dự thảo quy chế …"): from the product
    /// word up to punctuation, a deadline phrase or a capitalised name (the recipient), eight words
    /// at most. A heuristic: "rõ sản phẩm" is often implicit.
    static func product(_ text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        let folded = words.map { VietnameseFold.fold($0).trimmingCharacters(in: .punctuationCharacters) }
        let stops: Set<String> = ["truoc", "trong", "hang", "cham", "hoan", "theo", "de", "va", "cho", "tai"]
        for start in words.indices {
            guard let length = productWords.first(where: { phrase in start + phrase.count <= words.count && Array(folded[start..<(start + phrase.count)]) == phrase })?.count else { continue }
            var end = start + length
            while end < words.count, end - start < 8 {
                let word = words[end]
                if stops.contains(folded[end]) || word.first?.isUppercase == true || word.first?.isNumber == true { break }
                end += 1
                if word.last.map({ ",;.:)".contains($0) }) == true { break }
            }
            return words[start..<end].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",;.:() "))
        }
        return nil
    }

    static let productWords: [[String]] = ["bao cao", "du thao", "de an", "phuong an", "ke hoach", "to trinh", "quy che", "danh sach", "quy trinh"].map { $0.split(separator: " ").map(String.init) }
}

/// Renders the register (`doclint index`) and the task list (`doclint tasks`).
public enum RepositoryReports {
    public static func sortedByDate(_ entries: [RegisterEntry]) -> [RegisterEntry] {
        entries.sorted { ($0.date ?? "9999", $0.file ?? "") < ($1.date ?? "9999", $1.file ?? "") }
    }

    public static func indexCSV(_ entries: [RegisterEntry]) -> String {
        CSV.row(["file", "kind", "number", "symbol", "date", "issuer", "title", "signer"])
            + entries.map { CSV.row([$0.file ?? "", $0.kind, $0.number ?? "", $0.symbol ?? "", $0.date ?? "", $0.issuer, $0.title, $0.signer ?? ""]) }.joined()
    }

    public static func indexMarkdown(_ entries: [RegisterEntry]) -> String {
        var out = "| Tệp | Loại | Số | Ký hiệu | Ngày | Cơ quan ban hành | Trích yếu | Người ký |\n|---|---|---|---|---|---|---|---|\n"
        for entry in entries {
            out += "| " + [entry.file ?? "", entry.type ?? entry.kind, entry.number ?? "", entry.symbol ?? "", entry.date.flatMap(CivilDate.init(iso:))?.vietnamese ?? "", entry.issuer, entry.title, entry.signer ?? ""]
                .map(markdownCell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    public static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self) + "\n"
    }

    static func markdownCell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }

    public static func tasksCSV(_ rows: [TaskRow]) -> String {
        CSV.row(["file", "code", "document_date", "section", "line", "assignees", "lead", "task", "deadline_text", "due", "flag", "product"])
            + rows.map { CSV.row([$0.file, $0.code ?? "", $0.documentDate ?? "", $0.section ?? "", String($0.line), $0.assignees.joined(separator: "; "), $0.lead ?? "",
                                  $0.task, $0.deadlineText ?? "", $0.due ?? "", $0.flag ?? "", $0.product ?? ""]) }.joined()
    }

    public static func tasksMarkdown(_ rows: [TaskRow]) -> String {
        var out = "| Văn bản | Mục | Cơ quan | Chủ trì | Nhiệm vụ | Thời hạn | Hạn (ngày làm việc) | Ghi chú |\n|---|---|---|---|---|---|---|---|\n"
        for row in rows {
            let note = row.flag.map { ["no-deadline": "⚠ chưa có thời hạn", "invalid-date": "⚠ ngày không có thật", "recurring": "định kỳ", "ongoing": "thường xuyên"][$0] ?? $0 } ?? ""
            out += "| " + ["\(row.code ?? row.file) (\(row.file):\(row.line))", row.section ?? "", row.assignees.joined(separator: "; "), row.lead ?? "", row.task,
                           row.deadlineText ?? "", row.due.flatMap(CivilDate.init(iso:))?.vietnamese ?? "", note].map(markdownCell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    // MARK: - iCalendar (RFC 5545)

    /// One VTODO per dated task; all-day due dates; CRLF lines folded at 75 octets.
    public static func tasksICS(_ rows: [TaskRow]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//doclint//doclint tasks//VI", "CALSCALE:GREGORIAN", "X-WR-CALNAME:Nhiệm vụ được giao"]
        for row in rows {
            guard let due = row.due else { continue }
            let stamp = (row.documentDate ?? due).replacingOccurrences(of: "-", with: "") + "T000000Z"
            let who = row.lead ?? row.assignees.first ?? "?"
            let summary = who + ": " + (row.task.count > 120 ? String(row.task.prefix(119)) + "…" : row.task)
            var description = row.task + "\n" + "Thời hạn: " + (row.deadlineText ?? "")
            if let product = row.product { description += "\nSản phẩm: " + product }
            description += "\nNguồn: \(row.file):\(row.line)" + (row.code.map { " (\($0))" } ?? "")
            lines += [
                "BEGIN:VTODO",
                "UID:" + Fingerprint.hash("\(row.file)|\(row.line)|\(row.task)") + "@doclint",
                "DTSTAMP:" + stamp,
                "DUE;VALUE=DATE:" + due.replacingOccurrences(of: "-", with: ""),
                "SUMMARY:" + escape(summary),
                "DESCRIPTION:" + escape(description),
                "CATEGORIES:" + row.assignees.map(escape).joined(separator: ","),
                "STATUS:NEEDS-ACTION",
                "END:VTODO",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;").replacingOccurrences(of: ",", with: "\\,")
            .replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let width = String(scalar).utf8.count
            if count + width > 75 { out += "\r\n "; count = 1 }
            out.unicodeScalars.append(scalar); count += width
        }
        return out
    }
}
