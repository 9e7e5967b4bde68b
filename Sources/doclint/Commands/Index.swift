import ArgumentParser
import DocLint
import Foundation
import Rules

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Sổ đăng ký các văn bản tìm thấy, theo ngày. / The register of the documents found, by date.")

    @Argument(help: "Tệp hoặc thư mục.") var paths: [String]
    @Option(name: .long, help: "csv (mặc định), json, markdown.") var format: String = "csv"
    @Option(name: .long, help: "Bỏ qua đường dẫn khớp mẫu.") var exclude: [String] = []
    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard ["csv", "json", "markdown"].contains(format) else { throw ValidationError("--format: csv, json, markdown") }
    }

    func run() throws {
        let documents = try readDocuments(paths, include: [], exclude: exclude, language: shared.language)
        let entries = RepositoryReports.sortedByDate(documents.map(RegisterEntry.init))
        switch format {
        case "json": writeOut(RepositoryReports.json(entries))
        case "markdown": writeOut(RepositoryReports.indexMarkdown(entries))
        default: writeOut(RepositoryReports.indexCSV(entries))
        }
    }
}
