import Foundation

/// Expands the command line's paths into the files to check: directories recursively (document
/// extensions only), minus `--exclude` globs and the patterns of `.doclintignore`; `--include`
/// globs narrow what a directory walk picks up. Explicitly named files are always taken unless
/// excluded or ignored (so a pre-commit hook respects the ignore file). Symlink loops are cut.
public struct InputFiles: Sendable {
    public static let documentExtensions: Set<String> = ["txt", "md", "docx"]

    public var include: [String] = []
    public var exclude: [String] = []
    /// Patterns from `.doclintignore` (gitignore-like: `#` comments, `dir/` for a directory, a
    /// pattern without "/" matches at any depth). Negation (`!`) is not supported.
    public var ignore: [String] = []

    public init(include: [String] = [], exclude: [String] = [], ignoreFile: String? = ".doclintignore") {
        self.include = include
        self.exclude = exclude
        if let ignoreFile, let text = try? String(contentsOfFile: ignoreFile, encoding: .utf8) {
            ignore = InputFiles.parseIgnore(text)
        }
    }

    public static func parseIgnore(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#"), !line.hasPrefix("!") else { return nil }
            var pattern = line.hasPrefix("/") ? String(line.dropFirst()) : line
            if pattern.hasSuffix("/") { pattern += "**" }
            if !line.dropLast().contains("/") && !line.hasPrefix("/") { pattern = "**/" + pattern }
            return pattern
        }
    }

    func matchesAny(_ patterns: [String], _ path: String) -> Bool {
        let relative = Fingerprint.normalisedPath(path)
        return patterns.contains { Glob.matches($0, relative) || Glob.matches($0 + "/**", relative) }
    }

    public func isExcluded(_ path: String) -> Bool { matchesAny(exclude, path) || matchesAny(ignore, path) }

    public func collect(_ paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { missing.append(path); continue }
            guard isDirectory.boolValue else {
                if !isExcluded(path) { files.append(path) }
                continue
            }
            var found: [String] = []
            var visited = Set<String>()
            func walk(_ directory: String, depth: Int) {
                let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
                guard depth < 64, visited.insert(real).inserted,
                      let entries = try? fileManager.contentsOfDirectory(atPath: directory) else { return }
                for entry in entries where !entry.hasPrefix(".") {
                    let child = directory == "." ? entry : (directory as NSString).appendingPathComponent(entry)
                    var childIsDirectory: ObjCBool = false
                    guard fileManager.fileExists(atPath: child, isDirectory: &childIsDirectory), !isExcluded(child) else { continue }
                    if childIsDirectory.boolValue {
                        walk(child, depth: depth + 1)
                    } else if InputFiles.documentExtensions.contains((entry as NSString).pathExtension.lowercased()),
                              include.isEmpty || matchesAny(include, child) {
                        found.append(child)
                    }
                }
            }
            walk(path, depth: 0)
            files.append(contentsOf: found.sorted())
        }
        return (files, missing)
    }
}
