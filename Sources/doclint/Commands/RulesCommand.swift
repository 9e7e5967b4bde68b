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

    @Flag(name: .long, help: "Chạy các ví dụ (triggering / nonTriggering) của quy tắc riêng trong rules.yml; mã thoát 1 nếu có ví dụ sai. / Run the examples of rules.yml's custom rules; exit 1 when one fails.")
    var checkExamples = false

    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard ["text", "json"].contains(format) else { throw ValidationError("--format: text, json") }
    }

    func run() throws {
        let builtIn = allRuleTypes.map { $0.description }
        var configuration = Configuration()
        if let path = config ?? Configuration.discover(from: FileManager.default.currentDirectoryPath + "/x") {
            do { configuration = try Configuration.load(path: path, rules: builtIn) } catch {
                writeError(error.text(shared.language)); throw ExitCode(Exit.inputError)
            }
        }
        // The office's own rules (custom_rules) are listed and explained with the built-in ones.
        let descriptions = (builtIn + configuration.customRules.map(\.description)).sorted { $0.id < $1.id }
        let effective = configuration.rules(for: "x")
        if checkExamples {
            let linter = Linter(rules: allRuleTypes)
            var failed = 0, examples = 0
            for rule in configuration.customRules {
                examples += rule.description.triggering.count + rule.description.nonTriggering.count
                for failure in RuleExamples.failures(of: rule.description, linter: linter, configuration: configuration) {
                    writeError(failure.text(shared.language)); failed += 1
                }
            }
            let rules = configuration.customRules.count
            writeOut(shared.language == .vi ? "\(rules) quy tắc riêng, \(examples) ví dụ, \(failed) ví dụ sai\n"
                                            : "\(rules) custom rules, \(examples) examples, \(failed) failing\n")
            if failed > 0 { throw ExitCode(Exit.findings) }
            return
        }
        if let id {
            guard let description = descriptions.first(where: { $0.id == id }) else {
                writeError(shared.language == .vi ? "doclint: không có quy tắc '\(id)'" : "doclint: no rule '\(id)'")
                throw ExitCode(Exit.inputError)
            }
            var text = format == "json" ? RuleCatalogue.json([description]) : RuleCatalogue.explain(description, language: shared.language)
            if format != "json", let dictionary = dictionaryStatus(description, effective) { text += dictionary }
            writeOut(text)
            return
        }
        writeOut(format == "json" ? RuleCatalogue.json(descriptions) : RuleCatalogue.table(descriptions, enabled: { effective.isEnabled($0) }, settings: effective.settings, language: shared.language))
    }

    /// For a rule that reads a syllable list: which list, and whether this machine has it.
    func dictionaryStatus(_ description: RuleDescription, _ effective: EffectiveRules) -> String? {
        guard let parameter = description.parameters.first(where: { $0.name == "dictionary" }) else { return nil }
        var path = ""
        if case .string(let value) = effective.settings[description.id]?.options["dictionary"] ?? parameter.defaultValue { path = value }
        let vi = shared.language == .vi
        guard !path.isEmpty else { return vi ? "Từ điển âm tiết: không dùng (chỉ kiểm tra danh sách lỗi thường gặp).\n" : "Syllable list: none (the common slips only).\n" }
        if let words = VietnameseSyllable.dictionary(at: path) {
            return vi ? "Từ điển âm tiết: \(path) (\(words.count) mục).\n" : "Syllable list: \(path) (\(words.count) entries).\n"
        }
        return vi ? "Từ điển âm tiết: \(path) — không có trên máy này: chỉ kiểm tra danh sách lỗi thường gặp (cài gói Debian hunspell-vi: apt-get install hunspell-vi).\n"
                  : "Syllable list: \(path) — not on this machine: the common slips only (install Debian's hunspell-vi: apt-get install hunspell-vi).\n"
    }
}
