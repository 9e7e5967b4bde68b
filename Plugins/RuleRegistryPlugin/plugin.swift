import PackagePlugin

/// Generates `RuleRegistry.generated.swift` for the Rules target: the list of every rule type
/// declared in it, so that adding a rule is one new file and nothing else.
@main
struct RuleRegistryPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let sourceTarget = target as? SourceModuleTarget else { return [] }
        let inputs = sourceTarget.sourceFiles(withSuffix: "swift").map(\.url)
        let output = context.pluginWorkDirectoryURL.appending(path: "RuleRegistry.generated.swift")
        return [.buildCommand(
            displayName: "Generating the rule registry for \(target.name)",
            executable: try context.tool(named: "RuleRegistryGenerator").url,
            arguments: [output.path] + inputs.map(\.path),
            inputFiles: inputs,
            outputFiles: [output])]
    }
}
