import Foundation

/// Expands the command line's paths into the files to check: directories recursively (document
/// extensions only), minus `--exclude` globs and the patterns of `.doclintignore`; `--include`
/// globs narrow what a directory walk picks up. Explicitly named files are always taken unless
/// excluded or ignored (so a pre-commit hook respects the ignore file). Symlink loops are cut.
public struct InputFiles: Sendable {
    public static let documentExtensions: Set<String> = ["txt", "md", "docx", "pdf"]

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
        guard !patterns.isEmpty else { return false }
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
            // readdir and the entry type it reports, not FileManager: a stat, a URL and NSString path
            // operations per entry made the walk of 10,000 files a serial 40 ms before any linting.
            func walk(_ directory: String, depth: Int) {
                guard depth < 64, let real = realpath(directory, nil) else { return }
                let inserted = visited.insert(String(cString: real)).inserted
                free(real)
                guard inserted, let stream = opendir(directory) else { return }
                defer { closedir(stream) }
                while let entry = readdir(stream) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                    guard !name.hasPrefix(".") else { continue }
                    // The first level keeps Foundation's joining (the user's spelling of the folder may
                    // end in "/" or repeat one); below it the folder is already clean.
                    let child = directory == "." ? name : depth == 0 ? (directory as NSString).appendingPathComponent(name) : directory + "/" + name
                    guard let kind = InputFiles.kind(of: child, reported: entry.pointee.d_type), !isExcluded(child) else { continue }
                    if kind == .directory {
                        walk(child, depth: depth + 1)
                    } else if InputFiles.hasDocumentExtension(name), include.isEmpty || matchesAny(include, child) {
                        found.append(child)
                    }
                }
            }
            walk(path, depth: 0)
            files.append(contentsOf: found.sorted())
        }
        return (files, missing)
    }

    private enum EntryKind { case directory, other }

    /// What a directory entry is, following symbolic links (as `fileExists` does); nil for a broken link.
    private static func kind(of path: String, reported type: UInt8) -> EntryKind? {
        if type == UInt8(DT_DIR) { return .directory }
        if type == UInt8(DT_REG) { return .other }
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & S_IFMT == S_IFDIR ? .directory : .other
    }

    /// Whether the name ends in a document extension, in any case ("BAO-CAO.TXT").
    static func hasDocumentExtension(_ name: String) -> Bool {
        TextLoader.fileExtension(name).map(documentExtensions.contains) ?? false
    }
}
