import ArgumentParser
import DocLint
import Foundation
import Rules

struct Tasks: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Các nhiệm vụ được giao và thời hạn. / Assigned tasks and their deadlines.")

    @Argument(help: "Tệp hoặc thư mục.") var paths: [String]
    @Option(name: .long, help: "csv (mặc định), json, ics, markdown.") var format: String = "csv"
    @Option(name: .long, help: "Chỉ nhiệm vụ giao cơ quan này, ví dụ \"Sở Nội vụ\".") var assignee: String?
    @Option(name: .long, help: "Chỉ nhiệm vụ đến hạn trước ngày này (YYYY-MM-DD hoặc dd/mm/yyyy).") var dueBefore: String?
    @Option(name: .long, help: "Tệp rules.yml (lịch ngày nghỉ).") var config: String?
    @Option(name: .long, help: "Bỏ qua đường dẫn khớp mẫu.") var exclude: [String] = []
    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard ["csv", "json", "ics", "markdown"].contains(format) else { throw ValidationError("--format: csv, json, ics, markdown") }
        if let dueBefore, Tasks.date(dueBefore) == nil { throw ValidationError("--due-before: YYYY-MM-DD hoặc dd/mm/yyyy") }
    }

    static func date(_ text: String) -> CivilDate? {
        if let iso = CivilDate(iso: text) { return iso }
        let parts = text.split(separator: "/").compactMap { Int($0) }
        return parts.count == 3 ? CivilDate(year: parts[2], month: parts[1], day: parts[0]) : nil
    }

    func run() throws {
        let language = shared.language
        let documents = try readDocuments(paths, include: [], exclude: exclude, config: config, language: language)
        let cache = ConfigurationCache(explicit: config, rules: allRuleTypes.map { $0.description })
        var rows: [TaskRow] = []
        for document in documents {
            let calendar: WorkCalendar
            do { calendar = try cache.configuration(for: document.file).calendar } catch {
                writeError(error.text(language)); throw ExitCode(Exit.inputError)
            }
            rows += TaskRow.rows(document, calendar: calendar)
        }
        if let assignee {
            let wanted = VietnameseFold.fold(assignee)
            rows = rows.filter { $0.assignees.contains { VietnameseFold.fold($0).contains(wanted) } }
        }
        if let dueBefore, let limit = Tasks.date(dueBefore) {
            rows = rows.filter { $0.due.flatMap(CivilDate.init(iso:)).map { $0 < limit } ?? false }
        }
        switch format {
        case "json": writeOut(RepositoryReports.json(rows))
        case "ics": writeOut(RepositoryReports.tasksICS(rows))
        case "markdown": writeOut(RepositoryReports.tasksMarkdown(rows))
        default: writeOut(RepositoryReports.tasksCSV(rows))
        }
        let undated = rows.filter { $0.flag == "no-deadline" }.count
        if undated > 0 && format != "json" {
            writeError(language == .vi ? "\(rows.count) nhiệm vụ, \(undated) nhiệm vụ chưa có thời hạn." : "\(rows.count) tasks, \(undated) without a deadline.")
        }
    }
}
