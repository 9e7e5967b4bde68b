import ArgumentParser
import DocLint
import Foundation
import Rules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "Liệt kê hoặc giải thích quy tắc. / List or explain rules.")

    @Argument(help: "Mã quy tắc cần giải thích.")
    var id: String?

    @Option(name: .long, help: "text (mặc định) hoặc json.")
    var format: String = "text"

    @Option(name: .long, help: "Tệp rules.yml để biết quy tắc nào đang bật.")
    var config: String?

    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard ["text", "json"].contains(format) else { throw ValidationError("--format: text, json") }
    }

    func run() throws {
        let descriptions = allRuleTypes.map { $0.description }.sorted { $0.id < $1.id }
        var configuration = Configuration()
        if let path = config ?? Configuration.discover(from: FileManager.default.currentDirectoryPath + "/x") {
            do { configuration = try Configuration.load(path: path, rules: descriptions) } catch {
                writeError(error.text(shared.language)); throw ExitCode(Exit.inputError)
            }
        }
        let effective = configuration.rules(for: "x")
        if let id {
            guard let description = descriptions.first(where: { $0.id == id }) else {
                writeError(shared.language == .vi ? "doclint: không có quy tắc '\(id)'" : "doclint: no rule '\(id)'")
                throw ExitCode(Exit.inputError)
            }
            writeOut(format == "json" ? RuleCatalogue.json([description]) : RuleCatalogue.explain(description, language: shared.language))
            return
        }
        writeOut(format == "json" ? RuleCatalogue.json(descriptions) : RuleCatalogue.table(descriptions, enabled: { effective.isEnabled($0) }, settings: effective.settings, language: shared.language))
    }
}
