/// Stable identities for findings that survive edits elsewhere in the file: path, rule, the
/// finding's line text (NFC, blanks collapsed) and message — never the line number. Used by the
/// baseline and by SARIF/GitLab fingerprints.
public enum Fingerprint {
    /// The text of the finding's line, NFC, trimmed, runs of blanks collapsed.
    public static func lineText(_ source: SourceText?, _ diagnostic: Diagnostic) -> String {
        guard let source, source.lines.indices.contains(diagnostic.range.start.line - 1) else { return "" }
        return source.lines[diagnostic.range.start.line - 1].text
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    public static func key(path: String, _ source: SourceText?, _ diagnostic: Diagnostic) -> String {
        [normalisedPath(path), diagnostic.ruleID, lineText(source, diagnostic), diagnostic.message.vi].joined(separator: "\u{1F}")
    }

    /// "./a/b.txt" → "a/b.txt".
    public static func normalisedPath(_ path: String) -> String {
        var result = path
        while result.hasPrefix("./") { result.removeFirst(2) }
        return result
    }

    /// 64-bit FNV-1a, hex: short, stable across runs and platforms (Swift's Hasher is seeded per process).
    public static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// One fingerprint per finding; identical findings in one file are told apart by their order.
    public static func fingerprints(_ report: FileReport) -> [String] {
        var seen: [String: Int] = [:]
        return report.diagnostics.map { diagnostic in
            let base = hash(key(path: report.path, report.source, diagnostic))
            let occurrence = seen[base, default: 0]
            seen[base] = occurrence + 1
            return "\(base):\(occurrence + 1)"
        }
    }
}
