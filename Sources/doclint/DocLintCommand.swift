import ArgumentParser

// One file per subcommand under Commands/, the options they share in Shared.swift.
@main
struct DocLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doclint",
        abstract: "Kiểm tra thể thức văn bản hành chính Việt Nam (NĐ 30/2020/NĐ-CP, HD 36-HD/VPTW, \"6 rõ\").",
        discussion: "Checks Vietnamese administrative documents against the format rules of Decree 30/2020 and the Party guideline.",
        version: "0.1.0",
        subcommands: [Lint.self, Dump.self, RulesCommand.self, Index.self, Tasks.self, Serve.self, LSP.self],
        defaultSubcommand: Lint.self)
}
