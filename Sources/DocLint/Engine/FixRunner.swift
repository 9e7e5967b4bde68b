import Foundation

/// `--fix`: lint, apply the fixes, lint the result again, until nothing more applies (overlapping
/// edits wait for the next pass). The outcome keeps which original line each fixed line came
/// from, so `--diff` can show exactly what changed.
public struct FixOutcome: Sendable {
    public let path: String
    public let original: SourceText
    /// Nil when nothing changed.
    public let fixedLines: [Fixer.FixedLine]?
    public let fixedText: String?
    /// Diagnostics of the final text.
    public let report: FileReport
    public let appliedFixes: Int
}

extension Linter {
    public func fix(_ source: SourceText, configuration: Configuration, includeUnsafe: Bool, maxPasses: Int = 6) -> FixOutcome {
        var current = source
        var diagnostics = lint(current, configuration: configuration)
        var origins: [Int]? = nil      // current line (0-based) → original line number
        var applied = 0
        var lastLines: [Fixer.FixedLine]?
        for _ in 0..<maxPasses {
            let fixes = diagnostics.compactMap(\.fix).filter { $0.isSafe || includeUnsafe }
            guard !fixes.isEmpty else { break }
            let lines = Fixer.applyLines(fixes.flatMap(\.edits), to: current)
            let text = Fixer.render(lines, byteOrderMark: current.hadByteOrderMark)
            // Bytes, not String ==: Swift compares Strings up to canonical equivalence, so an NFC fix
            // would look like no change at all.
            let before = Fixer.render(current.lines.map { Fixer.FixedLine(origin: $0.number, text: $0.original, terminator: $0.terminator) }, byteOrderMark: current.hadByteOrderMark)
            guard !text.utf8.elementsEqual(before.utf8) else { break }
            applied += fixes.count
            let mapped = lines.map { line in Fixer.FixedLine(origin: origins.map { $0[line.origin - 1] } ?? line.origin, text: line.text, terminator: line.terminator) }
            origins = mapped.map(\.origin)
            lastLines = mapped
            guard case .success(let next) = TextLoader.decode(bytes: Array(text.utf8), path: source.path) else { break }
            current = next
            diagnostics = lint(current, configuration: configuration)
        }
        let changed = lastLines != nil
        return FixOutcome(path: source.path, original: source, fixedLines: lastLines,
                          fixedText: changed ? Fixer.render(lastLines!, byteOrderMark: source.hadByteOrderMark) : nil,
                          report: FileReport(path: source.path, source: current, diagnostics: diagnostics, inputError: nil),
                          appliedFixes: applied)
    }
}

/// Writes a file so that a failure leaves the original intact: a temporary file in the same
/// directory, flushed, given the original's permissions, then renamed over it.
public enum SafeWriter {
    public static func replace(path: String, with text: String) throws {
        try replace(path: path, with: Data(text.utf8), beforeRename: {})
    }

    /// The same for bytes (a .docx written with tracked changes); `path` may not exist yet.
    public static func replace(path: String, with data: Data) throws {
        try replace(path: path, with: data, beforeRename: {})
    }

    /// `beforeRename` lets tests fail the write after the temporary file exists (a full disk, a kill).
    static func replace(path: String, with text: String, beforeRename: () throws -> Void) throws {
        try replace(path: path, with: Data(text.utf8), beforeRename: beforeRename)
    }

    static func replace(path: String, with data: Data, beforeRename: () throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).doclint-\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw InputError.unreadable(path: path, reason: "không ghi được tệp tạm trong \(directory.path)")
        }
        do {
            if let attributes = try? FileManager.default.attributesOfItem(atPath: path), let permissions = attributes[.posixPermissions] {
                try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.synchronize()
            try handle.close()
            try beforeRename()
            guard rename(temporary.path, path) == 0 else {
                throw InputError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}

/// A unified diff of a fix, line-exact: every fixed line knows its original line.
public enum FixDiff {
    public static func unified(path: String, original: SourceText, fixed: [Fixer.FixedLine], context: Int = 3) -> String {
        enum Op { case same(Int, String), removed(Int, String), added(String) }
        // A line without a terminator is the last one of a file that lacks the final newline.
        func shown(_ text: String, _ terminator: LineTerminator) -> String {
            terminator == .none ? text + "\n\\ No newline at end of file" : text
        }
        var ops: [Op] = []
        var next = 0
        for line in original.lines {
            let old = shown(line.original, line.terminator)
            if next < fixed.count, fixed[next].origin == line.number {
                let new = shown(fixed[next].text, fixed[next].terminator)
                if new.utf8.elementsEqual(old.utf8) { ops.append(.same(line.number, old)) }
                else { ops.append(.removed(line.number, old)); ops.append(.added(new)) }
                next += 1
            } else {
                ops.append(.removed(line.number, old))
            }
        }
        let changed = ops.indices.filter { if case .same = ops[$0] { return false }; return true }
        guard !changed.isEmpty else { return "" }
        // Group changes whose context windows touch.
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let window = max(0, index - context)...min(ops.count - 1, index + context)
            if let last = hunks.last, window.lowerBound <= last.upperBound + 1 { hunks[hunks.count - 1] = last.lowerBound...window.upperBound }
            else { hunks.append(window) }
        }
        var name = Fingerprint.normalisedPath(path)
        while name.hasPrefix("/") { name.removeFirst() }
        var out = "--- a/\(name)\n+++ b/\(name)\n"
        // Line numbers at the start of each op, old and new.
        var oldAt: [Int] = [], newAt: [Int] = []
        var oldLine = 1, newLine = 1
        for op in ops {
            oldAt.append(oldLine); newAt.append(newLine)
            switch op {
            case .same: oldLine += 1; newLine += 1
            case .removed: oldLine += 1
            case .added: newLine += 1
            }
        }
        for hunk in hunks {
            var oldCount = 0, newCount = 0, body = ""
            for index in hunk {
                switch ops[index] {
                case .same(_, let text): oldCount += 1; newCount += 1; body += " \(text)\n"
                case .removed(_, let text): oldCount += 1; body += "-\(text)\n"
                case .added(let text): newCount += 1; body += "+\(text)\n"
                }
            }
            let oldStart = oldCount == 0 ? oldAt[hunk.lowerBound] - 1 : oldAt[hunk.lowerBound]
            let newStart = newCount == 0 ? newAt[hunk.lowerBound] - 1 : newAt[hunk.lowerBound]
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n" + body
        }
        return out
    }
}
